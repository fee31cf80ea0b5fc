import { AzureOpenAI } from "openai";

export const client = new AzureOpenAI({ deployment: "gpt-4o", apiVersion: "2024-10-21", azureADTokenProvider: tokenProvider });
export const withKey = new AzureOpenAI({ ...config });
