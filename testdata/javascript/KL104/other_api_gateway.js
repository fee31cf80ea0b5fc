// The Dutch railways' public API sits behind its own gateway and takes an
// Ocp-Apim-Subscription-Key header of its own: another company's key, no finding.
const NS_KEY = process.env.NS_SUBSCRIPTION_KEY;

async function departures(station) {
  const res = await fetch(`https://gateway.apiportal.ns.nl/reisinformatie-api/api/v2/departures?station=${station}`, {
    headers: { "Ocp-Apim-Subscription-Key": NS_KEY },
  });
  return res.json();
}

module.exports = { departures };
