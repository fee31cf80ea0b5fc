const { AzureOpenAI } = require("openai");

const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const key = process.env.AZURE_OPENAI_KEY; // want "KL105"
const searchKey = process.env["AZURE_SEARCH_KEY"]; // want "KL105"
module.exports = { endpoint, key, searchKey, AzureOpenAI };
