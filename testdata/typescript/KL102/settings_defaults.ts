import { AzureOpenAI } from "openai";

interface PluginSettings {
  provider: "openai" | "azure";
  openaiApiKey: string;
  azureEndpoint: string;
  azureApiKey: string;
}

// A plugin's default settings, filled in by the user later: empty, no key yet.
export const DEFAULT_SETTINGS: PluginSettings = {
  provider: "openai",
  openaiApiKey: "",
  azureEndpoint: "",
  azureApiKey: "",
};

// A client given an empty key waits for one: key auth all the same.
export const client = new AzureOpenAI({
  endpoint: "https://contoso.openai.azure.com",
  apiKey: "", // want "KL102"
  apiVersion: "2024-10-21",
  deployment: "gpt-4o",
});
