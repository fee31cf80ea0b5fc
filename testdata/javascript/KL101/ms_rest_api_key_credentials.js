const msRest = require("@azure/ms-rest-js");
const TranslatorText = require("@azure/cognitiveservices-translatortext");

const subscriptionKey = process.env.TRANSLATOR_KEY; // want "KL105"
const endpoint = process.env.TRANSLATOR_ENDPOINT;

// The header name is shown whole in the message; only the key is hidden.
const creds = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": subscriptionKey } }); // want "KL101" "KL104"
const client = new TranslatorText.TranslatorTextClient(creds, endpoint).translator;
