import { AzureOpenAI } from "openai";
import { DefaultAzureCredential } from "@azure/identity";

// Names destructured from process.env are reads of those settings.
const { AZURE_OPENAI_API_KEY: apiKey, AZURE_OPENAI_ENDPOINT: endpoint } = process.env; // want "KL105"
export const client = new AzureOpenAI({ apiKey, endpoint, apiVersion: "2024-10-21" }); // want "KL102"

const { AZURE_SEARCH_KEY = "" } = process.env; // want "KL105"
const env = process.env;
const { AOAI_KEY } = env; // want "KL105"
export const keys = [AZURE_SEARCH_KEY, AOAI_KEY, new DefaultAzureCredential()];

// Not key reads: another setting's name, a destructured object that is not the environment, and
// a Worker's env binding (a parameter).
const { AZURE_OPENAI_DEPLOYMENT } = process.env;
const { apiKeyLabel } = { apiKeyLabel: "API key" };
export function handler(request: Request, workerEnv: { AZURE_OPENAI_API_KEY: string }) {
  const { AZURE_OPENAI_API_KEY } = workerEnv;
  return [request, AZURE_OPENAI_DEPLOYMENT, apiKeyLabel, AZURE_OPENAI_API_KEY];
}
