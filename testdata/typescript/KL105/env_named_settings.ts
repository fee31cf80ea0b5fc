import { z } from "zod";
import { AzureOpenAI } from "openai";

// Settings keyed by their environment names and checked by a schema: the reads are KL105,
// the object is no client's options (an SDK names its options apiKey, api_key).
const envSchema = z.object({
  AZURE_OPENAI_API_KEY: z.string().min(1),
  AZURE_OPENAI_ENDPOINT: z.string().url(),
});

export const azureConfig = envSchema.parse({
  AZURE_OPENAI_API_KEY: process.env.AZURE_OPENAI_API_KEY, // want "KL105"
  AZURE_OPENAI_ENDPOINT: process.env.AZURE_OPENAI_ENDPOINT,
});

export const checked = envSchema.safeParse({ AZURE_OPENAI_API_KEY: process.env.AZURE_OPENAI_KEY }); // want "KL105"

// A test's fixture of the same shape holds no key and reaches no client.
const fixture = {
  AZURE_OPENAI_API_KEY: "test-key-12345",
  AZURE_OPENAI_ENDPOINT: "https://test.openai.azure.com",
};
envSchema.parse(fixture);

// SDK options with an Azure endpoint are a client config still.
const options = { endpoint: "https://contoso.openai.azure.com", api_key: process.env.AZURE_OPENAI_API_KEY }; // want "KL102"
export const client = new AzureOpenAI({ endpoint: options.endpoint, apiKey: azureConfig.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" }); // want "KL102"
