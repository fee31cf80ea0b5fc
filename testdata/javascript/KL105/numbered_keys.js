// The portal gives every Azure AI resource two keys; settings named for them end in a number.
const azureKeyOne = process.env.Azure_Text_Key1; // want "KL105"
const azureKeyTwo = process.env.AZURE_TEXT_KEY2; // want "KL105"
let fetch = require("node-fetch");

fetch("https://westus.api.cognitive.microsoft.com/text/analytics/v2.0/sentiment", {
  method: "POST",
  headers: { "Ocp-Apim-Subscription-Key": azureKeyOne }, // want "KL104"
});

// Not keys: a hotkey's number, a monkey-patch counter.
const hotkey1 = process.env.HOTKEY1;
const monkey2 = process.env.MONKEY2;
module.exports = { azureKeyTwo, hotkey1, monkey2 };
