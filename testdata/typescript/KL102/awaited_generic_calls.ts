import { AzureOpenAI } from "openai";
import { storage } from "../storage";

// `await x.set<T>(...)`: the grammar parses the await as the callee when type arguments follow.
// The call is still storage.models.set, the program's own store: the settings it saves are no
// client's options. The client built from the same key is the finding.
export async function configure(nickname: string, apiKey: string) {
  const baseUrl = "https://contoso.openai.azure.com/openai/deployments/gpt-4o";
  const client = new AzureOpenAI({ apiKey, baseURL: baseUrl, apiVersion: "2024-10-21" }); // want "KL102"
  await storage.models.set<{ baseUrl: string; apiKey: string }>(nickname, {
    baseUrl: baseUrl,
    apiKey: apiKey,
  });
  return client;
}
