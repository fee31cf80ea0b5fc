// Outside a test, a made-up key handed to a client is still key authentication: the code
// authenticates with a key as soon as someone fills one in.
import { AzureOpenAI } from "openai";

const endpoint = "https://example.openai.azure.com";

export const client = new AzureOpenAI({ endpoint, apiKey: "test-key", apiVersion: "2024-10-21" }); // want "KL102"
