// Shapes that hold key settings without being a client's options: an object schema (zod's
// z.object, its .extend) whose api_key is a field type, and a map keyed by environment names
// (a test's mock environment), even beside an Azure endpoint. The real client still counts.
import { AzureOpenAI } from "openai";
import { z } from "zod";

export const AzureSchema = z.object({
  api_key: z.string().optional(),
  azure_endpoint: z.string().optional(),
  api_version: z.string().default("2024-10-21"),
});
export const AzureWithDeployment = AzureSchema.extend({ apiKey: z.string() });
export const Extended = z.object({ model: z.string() }).extend({ apiKey: z.string(), azureEndpoint: z.string() });

function createMockEnv(overrides: Record<string, unknown>): Record<string, unknown> {
  return { LOG_LEVEL: "debug", ...overrides };
}
export const env = createMockEnv({
  AZURE_API_KEY: "azure-env-key",
  AZURE_ENDPOINT: "https://myres.openai.azure.com",
});

const settings = AzureSchema.parse({ api_key: process.env.AZURE_OPENAI_API_KEY }); // want "KL105"
export const client = new AzureOpenAI({
  apiKey: settings.api_key, // want "KL102"
  endpoint: "https://myres.openai.azure.com",
  apiVersion: "2024-10-21",
});
