import { AzureOpenAI } from "openai";

// The key's only use is the rewritten client: the settings entry that reads it goes too. A
// settings object whose key member is read on its own (settings.apiKey) is no client's options:
// its read is a KL105, the KL102 is where the member reaches the client.
const settings = {
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
  deployment: "gpt-4o",
};

export const client = new AzureOpenAI({
  endpoint: settings.endpoint,
  apiKey: settings.apiKey, // want "KL102"
  deployment: settings.deployment,
  apiVersion: "2024-10-21",
});

// Also read elsewhere: the entry stays (the client is still rewritten).
const logged = {
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
};
console.log(logged.apiKey?.length);
export const loggedClient = new AzureOpenAI({ endpoint: logged.endpoint, apiKey: logged.apiKey, apiVersion: "2024-10-21" }); // want "KL102"

// Passed whole: whatever takes it may read the key.
const passed = { apiKey: process.env.AZURE_OPENAI_API_KEY }; // want "KL105"
console.log(passed);
export const passedClient = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiKey: passed.apiKey, apiVersion: "2024-10-21" }); // want "KL102"

// No endpoint in the object: the read is a KL105, whose fix deletes the entry with the rewrite.
const keys = { openai: process.env.AZURE_OPENAI_KEY }; // want "KL105"
export const keysClient = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiKey: keys.openai, apiVersion: "2024-10-21" }); // want "KL102"
