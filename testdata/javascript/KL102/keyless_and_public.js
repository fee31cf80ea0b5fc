const { DefaultAzureCredential, getBearerTokenProvider } = require("@azure/identity");
const { AzureOpenAI, OpenAI } = require("openai");

const azureADTokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default");
const client = new AzureOpenAI({ azureADTokenProvider, apiVersion: "2024-10-21" });
const publicClient = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const nullKey = new AzureOpenAI({ apiKey: null, azureADTokenProvider });

module.exports = { client, publicClient, nullKey };
