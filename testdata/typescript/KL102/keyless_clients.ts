import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";
import OpenAI, { AzureOpenAI } from "openai";

const scope = "https://cognitiveservices.azure.com/.default";
const azureADTokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), scope);

export const client = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, azureADTokenProvider, apiVersion: "2024-10-21" });

// The v1 API takes a token provider as apiKey: keyless.
const tokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), scope);
export const v1 = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: tokenProvider });
export const inline = new OpenAI({
  baseURL: "https://contoso.openai.azure.com/openai/v1/",
  apiKey: async () => (await new DefaultAzureCredential().getToken(scope)).token,
});

// openai.com: the key is how that service works.
export const publicClient = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
