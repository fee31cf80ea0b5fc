import { AzureOpenAI } from "openai";

// CRLF line endings and a byte-order mark: lines must still be right.
export const client = new AzureOpenAI({
  apiKey: process.env.AZURE_OPENAI_API_KEY, // want "KL102"
  endpoint: "https://contoso.openai.azure.com",
});
