// Bing takes no Entra ID token: the helper stays as it is.
const https = require('https');

const key = process.env.BING_SEARCH_V7_SUBSCRIPTION_KEY; // no Azure marker in the file: the header is the finding

let search = function (q) {
    https.get({
        hostname: 'api.bing.microsoft.com',
        path: '/v7.0/search?q=' + encodeURIComponent(q),
        headers: { 'Ocp-Apim-Subscription-Key': key }, // want "KL104"
    }, (res) => res.pipe(process.stdout));
};

search('keyless');
