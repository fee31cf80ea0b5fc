const msRest = require("@azure/ms-rest-js");
const Face = require("@azure/cognitiveservices-face");

// The module's key is also used inside a function that has no parameter of that name: the
// credential is rewritten, the read stays.
const key = process.env.VISION_KEY ?? ""; // want "KL105"
const endpoint = process.env.VISION_ENDPOINT ?? "";
const credentials = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } }); // want "KL101" "KL104"
const client = new Face.FaceClient(credentials, endpoint);

/** @param {string} name */
function describe(name) {
  console.log(name + ": key of " + key.length + " characters");
}
describe("face");
console.log(typeof client);
