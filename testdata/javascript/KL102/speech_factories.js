const sdk = require("microsoft-cognitiveservices-speech-sdk");

// A settings object's bare key, and a placeholder to fill in: the Speech SDK's key place.
function fromSettings(settings) {
  return sdk.SpeechConfig.fromSubscription(settings.key, settings.region); // want "KL102"
}
const quickstart = sdk.SpeechConfig.fromSubscription("key", "region"); // want "KL102"

// Keyless: an authorization token the app got with Entra ID.
function fromToken(token, region) {
  return sdk.SpeechConfig.fromAuthorizationToken(token, region);
}
module.exports = { fromSettings, quickstart, fromToken };
