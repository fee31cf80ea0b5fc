import { registerAs } from "@nestjs/config";

// NestJS config factories: the Azure OpenAI one's key is named for the endpoint it opens.
export const azureOpenAI = registerAs("azure-openai", () => ({
  endpointUrl: process.env.AZURE_ENDPOINT_URL,
  endpointKey: process.env.AZURE_ENDPOINT_KEY, // want "KL105"
  apiVersion: process.env.AZURE_OPENAI_API_VERSION,
}));

// Storage's shared key goes by "account key": no AI key, whatever its AZURE_ prefix.
export const azureBlob = registerAs("azure-blob", () => ({
  accountName: process.env.AZURE_ACCOUNT_NAME,
  accountKey: process.env.AZURE_ACCOUNT_KEY,
  containerName: process.env.AZURE_CONTAINER,
  openaiAccountKey: process.env.AZURE_OPENAI_ACCOUNT_KEY, // want "KL105"
}));
