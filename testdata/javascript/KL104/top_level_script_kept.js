// A script that calls a function declared below the header keeps the key: run in an async
// function, that declaration would not be there yet when the call runs.
const https = require('https')

const key = process.env.VISION_KEY
const endpoint = process.env.VISION_ENDPOINT ?? ''

send()

const options = {
    hostname: new URL(endpoint).hostname,
    path: '/vision/v3.2/analyze',
    headers: { 'Ocp-Apim-Subscription-Key': key } // want "KL104"
}

function send() {
    https.request(options).end()
}
