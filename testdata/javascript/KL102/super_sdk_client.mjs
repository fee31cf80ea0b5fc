import { AzureOpenAI } from "openai";

// A parent class that is the SDK's client takes the key as the client would.
export class KeyedClient extends AzureOpenAI {
  constructor() {
    super({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: "2024-10-21" }); // want "KL102"
  }
}
