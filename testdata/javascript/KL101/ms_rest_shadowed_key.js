const msRest = require("@azure/ms-rest-js");
const Face = require("@azure/cognitiveservices-face");

// A callback's parameter of the same name is another variable: the module's key read still
// goes with the credential it fed.
const key = process.env.VISION_KEY; // want "KL105"
const endpoint = process.env.VISION_ENDPOINT ?? "";
const credentials = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } }); // want "KL101" "KL104"
const client = new Face.FaceClient(credentials, endpoint);

/** @type {Record<string, string[]>} */
const people = { Family1: ["dad.jpg"], Family2: ["mom.jpg"] };
Object.keys(people).forEach(function (key) {
  console.log("person group person: " + key + " (" + people[key].length + " images)");
});
console.log(typeof client);
