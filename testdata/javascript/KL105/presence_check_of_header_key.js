// A key name with no Azure word, sent in an Azure OpenAI request's api-key header: its presence
// check is a read of the same key. Another name only ever checked, never sent, stays unreported.
const axios = require("axios");

/** @param {string} prompt */
async function ask(prompt) {
  if (process.env.REACT_APP_OPENAI_API_KEY && process.env.REACT_APP_RESOURCE_NAME) { // want "KL105"
    const url = `https://${process.env.REACT_APP_RESOURCE_NAME}.openai.azure.com/openai/deployments/chat/chat/completions?api-version=2024-10-21`;
    return axios.post(url, { messages: [{ role: "user", content: prompt }] }, {
      headers: { "api-key": `${process.env.REACT_APP_OPENAI_API_KEY}` }, // want "KL104"
    });
  }
  if (!process.env.REACT_APP_GPT_KEY) {
    throw new Error("set REACT_APP_GPT_KEY for the fallback");
  }
  return null;
}

// The same key made a boolean for an error log (!!X) is a presence check too; a name only
// ever logged so, never sent, stays unreported.
/** @param {unknown} error */
function logError(error) {
  console.error("Azure OpenAI error", { error, hasApiKey: !!process.env.REACT_APP_OPENAI_API_KEY, hasGpt: !!process.env.REACT_APP_GPT_KEY }); // want "KL105"
}
module.exports = { ask, logError };
