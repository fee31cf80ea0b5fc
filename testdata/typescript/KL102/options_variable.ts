import { AzureOpenAI } from "openai";
import OpenAI from "openai";
import { AzureChatOpenAI } from "@langchain/openai";

const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"

// The options object reaches only the client: its key becomes the token provider, and the
// key read goes with it.
const options = { endpoint, apiKey, apiVersion: "2024-10-21", deployment: "gpt-4o" }; // want "KL102"
export const client = new AzureOpenAI(options);

const chatOptions = {
  azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  azureOpenAIApiInstanceName: "contoso",
  azureOpenAIApiDeploymentName: "gpt-4o",
  azureOpenAIApiVersion: "2024-10-21",
};
export const llm = new AzureChatOpenAI(chatOptions);

const v1Options = {
  baseURL: "https://contoso.openai.azure.com/openai/v1/",
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
};
export const v1 = new OpenAI(v1Options);

// Also logged: something else reads the key, so it stays (a finding with no fix).
const logged = { endpoint, apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" }; // want "KL102"
console.log(logged);
export const loggedClient = new AzureOpenAI(logged);

// Exported: another module may read the key.
export const shared = { endpoint, apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" }; // want "KL102"

// openai.com: not Azure, no finding.
const oaiOptions = { apiKey: process.env.OPENAI_API_KEY };
export const oai = new OpenAI(oaiOptions);

// Named for no Azure endpoint or option: the client it is handed to says Azure.
const llmKey = process.env.LLM_KEY; // want "KL105"
const llmEndpoint = process.env.LLM_ENDPOINT;
const plain = { endpoint: llmEndpoint, apiKey: llmKey, apiVersion: "2024-10-21" }; // want "KL102"
export const plainClient = new AzureOpenAI(plain);
