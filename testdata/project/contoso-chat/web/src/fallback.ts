import { AzureOpenAI } from "openai";

// No credential: the SDK reads AZURE_OPENAI_API_KEY from the environment.
export const fallback = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: "2024-10-21" });
