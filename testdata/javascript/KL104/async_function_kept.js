// Functions that cannot become async without a caller noticing keep the key: one returns its
// request, one's call is followed by more code, one's result is kept, one is passed along,
// one is exported.
const https = require('https');

const key = process.env.TEXT_ANALYTICS_KEY;
const endpoint = process.env.TEXT_ANALYTICS_ENDPOINT;
const path = '/text/analytics/v3.0/languages';

function returnsRequest(body) {
    const req = https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }); // want "KL104"
    req.end(body);
    return req;
}

function followed(body) {
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
}

const kept = function (body) {
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
};

const passed = (body) => {
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
};

function* generated(body) {
    yield https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }); // want "KL104"
}

module.exports.send = function (body) {
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
};

returnsRequest('{}');
followed('{}');
const sent = kept('{}');
setTimeout(passed, 0, '{}');
generated('{}').next();
console.log('done', sent);
