import { AzureChatOpenAI } from "@langchain/openai";

// A key handed over under a name the SDK does not take (azureApiKey, not azureOpenAIApiKey) is
// still a key given: KL102 for it, and no KL107 for the same client.
export const llm = new AzureChatOpenAI({
  azureApiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  azureOpenAIApiInstanceName: "contoso",
  azureOpenAIApiDeploymentName: "gpt-4o",
  azureOpenAIApiVersion: "2024-10-21",
} as any);

// Nothing given: the SDK reads AZURE_OPENAI_API_KEY from the environment.
export const implicit = new AzureChatOpenAI({ // want "KL107"
  azureOpenAIApiInstanceName: "contoso",
  azureOpenAIApiDeploymentName: "gpt-4o",
  azureOpenAIApiVersion: "2024-10-21",
});
