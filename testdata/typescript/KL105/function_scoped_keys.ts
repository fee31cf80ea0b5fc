import { AzureOpenAI } from "openai";

declare class ChatService {
  constructor(options: { endpoint: string; apiKey: string; headers?: Record<string, string> });
}

// Two functions, two variables named apiKey: the openai.com one does not flow into the
// Azure one's header.
export function createAzureService(): ChatService {
  const apiKey = process.env.AZURE_OPENAI_KEY ?? ""; // want "KL105"
  return new ChatService({
    endpoint: "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions",
    apiKey, // want "KL102"
    headers: { "api-key": apiKey }, // want "KL104"
  });
}

export function createOpenAIService(): ChatService {
  const apiKey = process.env.OPENAI_API_KEY ?? "";
  return new ChatService({ endpoint: "https://api.openai.com/v1/chat/completions", apiKey });
}

// A health page shows a masked key: no key is handed on.
export function health() {
  const key = process.env.AZURE_OPENAI_API_KEY ?? ""; // want "KL105"
  return {
    endpoint: "https://contoso.openai.azure.com",
    api_key: key.substring(0, 8) + "..." + key.substring(key.length - 4),
  };
}

export const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: async () => "" });
