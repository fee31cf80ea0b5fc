import { AzureOpenAI } from "openai";
import { AzureChatOpenAI } from "@langchain/openai";

export const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" }); // want "KL107"
export const bare = new AzureOpenAI(); // want "KL107"
export const llm = new AzureChatOpenAI({ azureOpenAIApiDeploymentName: "gpt-4o" }); // want "KL107"
