import { AzureOpenAI } from "openai";
declare const CREDENTIALS: { openAI: { apiKey: string; endpoint: string } };

// Key Vault secret names mapped to local values: a lookup table, no SDK option names.
const secrets: Record<string, string> = {
  "azure-openai-api-key": CREDENTIALS.openAI.apiKey,
  "azure-openai-endpoint": CREDENTIALS.openAI.endpoint,
};

export const getSecret = (name: string): string | null => secrets[name] ?? null;

export const client = new AzureOpenAI({
  endpoint: CREDENTIALS.openAI.endpoint,
  apiKey: CREDENTIALS.openAI.apiKey, // want "KL102"
  apiVersion: "2024-10-21",
});
