// A test constructing clients with made-up keys ("test-key", "fake-api-key") runs with fixtures
// no one fills in: no finding. A key the test reads from the environment is still one.
import { AzureOpenAI } from "openai";
import { AzureKeyCredential } from "@azure/core-auth";

const endpoint = "https://example.openai.azure.com";
const FAKE_KEY = "fake-api-key";

export const fixtures = [
  new AzureOpenAI({ endpoint, apiKey: "test-key", apiVersion: "2024-10-21" }),
  new AzureOpenAI({ endpoint, apiKey: FAKE_KEY, apiVersion: "2024-10-21" }),
  new AzureKeyCredential("az-secret-key-1234567890"),
  fetch(`${endpoint}/openai/models`, { headers: { "api-key": "test-api-key" } }),
  // Any literal in no key format is made up: short ones a config test swaps around, too.
  [{ type: "azure", baseUrl: "https://r1.openai.azure.com", apiKey: "az" }],
  new AzureOpenAI({ endpoint, apiKey: "stale", apiVersion: "2024-10-21" }),
];

// A real-looking key in a test is a real key: KL106, and still the client's key.
export const leaked = new AzureOpenAI({ endpoint, apiKey: "0123456789abcdef0123456789abcdef", apiVersion: "2024-10-21" }); // want "KL102" "KL106"

export const live = new AzureOpenAI({ endpoint, apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" }); // want "KL102"
