const { AzureOpenAI: Client } = require("openai");
const openai = require("openai");

const key = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
const client = new Client({ apiKey: key, endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" }); // want "KL102"
const other = new openai.AzureOpenAI({ apiKey: process.env["AZURE_OPENAI_API_KEY"], deployment: "gpt-4o" }); // want "KL102"

module.exports = { client, other };
