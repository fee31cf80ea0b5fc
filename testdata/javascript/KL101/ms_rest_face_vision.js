const msRest = require("@azure/ms-rest-js");
const Face = require("@azure/cognitiveservices-face");
const ComputerVisionClient = require("@azure/cognitiveservices-computervision").ComputerVisionClient;
const ApiKeyCredentials = require("@azure/ms-rest-js").ApiKeyCredentials;
const ContentModerator = require("@azure/cognitiveservices-contentmoderator");

// Face and Computer Vision take Entra ID tokens: ms-rest-js's AzureIdentityCredentialAdapter
// stands in for the key credential, and the key read goes.
const faceKey = process.env.FACE_KEY; // want "KL105"
const faceEndpoint = process.env.FACE_ENDPOINT ?? "";
const credentials = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": faceKey } }); // want "KL101" "KL104"
const face = new Face.FaceClient(credentials, faceEndpoint);

const visionKey = process.env.VISION_KEY ?? "";
const vision = new ComputerVisionClient(
  new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": visionKey } }), // want "KL104"
  process.env.VISION_ENDPOINT ?? "",
);

// Content Moderator: keylint does not know it to take tokens; the key stays.
const moderatorKey = process.env.CONTENT_MODERATOR_KEY ?? ""; // want "KL105"
const moderatorCredentials = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": moderatorKey } }); // want "KL101" "KL104"
const moderator = new ContentModerator.ContentModeratorClient(moderatorCredentials, process.env.CONTENT_MODERATOR_ENDPOINT ?? "");

module.exports = { face, vision, moderator };
