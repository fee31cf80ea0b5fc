// A script others require keeps the key: run in an async function, its exports would be set
// after require() returned.
const https = require('https')

const key = process.env.VISION_KEY
const endpoint = process.env.VISION_ENDPOINT ?? ''

const options = {
    hostname: new URL(endpoint).hostname,
    path: '/vision/v3.2/analyze',
    headers: { 'Ocp-Apim-Subscription-Key': key } // want "KL104"
}

exports.send = () => https.request(options).end()
