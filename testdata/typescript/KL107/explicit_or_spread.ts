import { AzureOpenAI } from "openai";

export const spread = new AzureOpenAI({ ...options, apiVersion: "2024-10-21" });
export const keyless = new AzureOpenAI({ azureADTokenProvider: provider, apiVersion: "2024-10-21" });
export const passed = new AzureOpenAI(options);
