// A REST sample's request helper, called once at the end of the script: it becomes async so
// the header can await a token (nothing uses what it returns, nothing runs after it).
'use strict';
const https = require('https');

const key = process.env.TEXT_ANALYTICS_KEY;
const endpoint = process.env.TEXT_ANALYTICS_ENDPOINT ?? '';

/** @param {object} documents */
let getSentiments = function (documents) {
    const body = JSON.stringify(documents);
    const params = {
        method: 'POST',
        hostname: new URL(endpoint).hostname,
        path: '/text/analytics/v3.0/sentiment',
        headers: {
            'Ocp-Apim-Subscription-Key': key, // want "KL104"
        },
    };
    const req = https.request(params, (res) => res.pipe(process.stdout));
    req.write(body);
    req.end();
};

getSentiments({ documents: [{ id: '1', text: 'Hello' }] });
