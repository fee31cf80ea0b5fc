// A function declaration called as the last statement of a callback gets no fix: whoever
// calls the callback could run code after it, which would then run before the request.
const axios = require('axios');

const key = process.env.VISION_KEY;
const endpoint = process.env.VISION_ENDPOINT;

/** @param {string} url */
function analyze(url) {
    axios.post(endpoint + '/vision/v3.2/analyze', { url }, {
        headers: { 'Ocp-Apim-Subscription-Key': key }, // want "KL104"
    }).then((r) => console.log(r.data));
}

process.nextTick(() => {
    console.log('analyzing');
    analyze('https://example.com/cat.jpg');
});
