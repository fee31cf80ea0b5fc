// A CommonJS script builds its request at the top level, where it cannot await: from the
// header's statement on, the script runs in an async function called at once. The statement
// before it ends without a semicolon, so the wrapper starts with one.
'use strict'
const https = require('https')

const key = process.env.VISION_KEY
const endpoint = process.env.VISION_ENDPOINT ?? ''

const params = {
    visualFeatures: 'Categories,Description'
}

const options = {
    method: 'POST',
    hostname: new URL(endpoint).hostname,
    path: '/vision/v3.2/analyze?visualFeatures=' + params.visualFeatures,
    headers: {
        'Content-Type': 'application/json',
        'Ocp-Apim-Subscription-Key': key // want "KL104"
    }
}

const req = https.request(options, (res) => res.pipe(process.stdout))
req.end(JSON.stringify({ url: 'https://example.com/cat.jpg' }))
