import { AzureChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";

export const llm = new AzureChatOpenAI({
  azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  azureOpenAIApiInstanceName: "contoso",
  azureOpenAIApiDeploymentName: "gpt-4o",
  azureOpenAIApiVersion: "2024-10-21",
});

export const v1 = new OpenAI({
  baseURL: "https://contoso.openai.azure.com/openai/v1/",
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
});
