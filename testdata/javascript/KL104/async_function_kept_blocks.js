// A call that is the last statement of a block, but not of the script, keeps the function as it
// is: a try's catch would no longer see its error, a loop's next turn and the code after the
// loop would run before its request.
const https = require('https');

const key = process.env.TEXT_ANALYTICS_KEY;
const endpoint = process.env.TEXT_ANALYTICS_ENDPOINT;
const path = '/text/analytics/v3.0/sentiment';

function guarded(body) {
    if (!body) throw new Error('bad input');
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
}

let sent = 0;
function counted(body) {
    https.request({ hostname: new URL(endpoint).hostname, path, headers: { 'Ocp-Apim-Subscription-Key': key } }).end(body); // want "KL104"
    sent++;
}

try {
    guarded('');
} catch (e) {
    console.error(e.message);
    process.exitCode = 3;
}

for (const body of ['{}', '{}']) {
    counted(body);
}
console.log('sent', sent);
