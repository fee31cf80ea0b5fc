// Each branch declares its own apiKey: only the Azure branch's key reaches an Azure client; the
// other branch's goes to a local proxy through OpenAI's client.
const { AzureOpenAI, OpenAI } = require("openai");

/** @param {string} provider */
function makeClient(provider) {
  if (provider === "azure") {
    const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
    return new AzureOpenAI({ apiKey, endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: "2024-10-21" }); // want "KL102"
  }
  const apiKey = process.env.LITELLM_MASTER_KEY;
  return new OpenAI({ apiKey, baseURL: "http://localhost:4000/v1" });
}
module.exports = { makeClient };
