// Options filled property by property and then handed whole to the client (createAzure(config))
// carry the key as a spread of them does; properties set after the call do not reach it.
import { createAzure } from "@ai-sdk/azure";

export function model(options: { apiKey?: string; baseURL?: string }) {
  const config: any = {};
  if (options.apiKey || process.env.AZURE_OPENAI_API_KEY) { // want "KL105"
    config.apiKey = options.apiKey || process.env.AZURE_OPENAI_API_KEY; // want "KL102"
  }
  config.baseURL = options.baseURL ?? "https://example.openai.azure.com/openai";
  const azure = createAzure(config);
  config.apiKey = "not-used-any-more";
  return azure("gpt-4o");
}
