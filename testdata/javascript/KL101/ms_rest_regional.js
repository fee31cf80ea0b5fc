const msRest = require("@azure/ms-rest-js");
const Face = require("@azure/cognitiveservices-face");

// A regional endpoint takes no Entra ID token (that needs the resource's own subdomain): no fix.
const endpoint = "https://westus.api.cognitive.microsoft.com";
const credentials = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": process.env.FACE_KEY ?? "" } }); // want "KL101" "KL104"
module.exports = new Face.FaceClient(credentials, endpoint);
