// A header setter written over several lines is reported where the header's name is.
const endpoint = "https://example.cognitiveservices.azure.com/";

/** @param {Headers} headers @param {string} key */
function authorize(headers, key) {
  headers.set(
    "Ocp-Apim-Subscription-Key", // want "KL104"
    key,
  );
  headers.set(
    "Content-Type",
    "application/json",
  );
  return fetch(endpoint, { headers });
}
module.exports = { authorize };
