import { AzureChatOpenAI } from "@langchain/openai";

export const model = new AzureChatOpenAI({ ...options, ...authOptions(token), azureOpenAIApiDeploymentName: "gpt-4o" } as any);
