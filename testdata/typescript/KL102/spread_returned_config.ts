import { AzureOpenAI } from "openai";
import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";

type AuthConfig = {
  apiKey?: string;
  azureADTokenProvider?: () => Promise<string>;
};

// The program's own helper builds the client's auth options, a key when one is set: spread
// into the client, its returned key is the client's key.
function authConfig(): AuthConfig {
  const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
  if (apiKey) {
    return {
      apiKey, // want "KL102"
    };
  }
  return {
    azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),
  };
}

// Keyless only: nothing to report.
function keylessConfig(): AuthConfig {
  return {
    azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),
  };
}

export const client = new AzureOpenAI({
  ...authConfig(),
  endpoint: "https://contoso.openai.azure.com",
  apiVersion: "2024-10-21",
});

export const keyless = new AzureOpenAI({
  ...keylessConfig(),
  endpoint: "https://contoso.openai.azure.com",
  apiVersion: "2024-10-21",
});
