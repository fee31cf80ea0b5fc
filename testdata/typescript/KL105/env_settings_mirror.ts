// A settings module that mirrors the environment (every entry an environment read, with or
// without a default) is the program's settings, read member by member elsewhere: its key read
// is the finding (KL105), not a client's options. The same entries handed whole to a client in
// the file are that client's key.
import { AzureOpenAI } from "openai";

export const env = {
  azureOpenAiEndpoint: process.env.AZURE_OPENAI_ENDPOINT,
  azureOpenAiApiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
  azureOpenAiDeployment: process.env.AZURE_OPENAI_DEPLOYMENT ?? "gpt-4o",
  azureOpenAiApiVersion: process.env.AZURE_OPENAI_API_VERSION ?? "2024-10-21",
};

const options = {
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  apiVersion: process.env.AZURE_OPENAI_API_VERSION ?? "2024-10-21",
};
export const client = new AzureOpenAI(options);
