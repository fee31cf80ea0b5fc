import { AzureOpenAI } from "openai";

const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
export const client = new AzureOpenAI({ apiKey, endpoint, apiVersion: "2024-10-21" }); // want "KL102"
