import { AzureOpenAI } from "openai";
import { AIService } from "./aiService";

// super(apiKey) hands the key to the parent class, the program's own (its file has the client
// call). A parent that is the SDK's client takes it as the client would.
export class AzureOpenAIService extends AIService {
  constructor(apiKey, endpoint) {
    super(apiKey, "standard");
    this.endpoint = endpoint;
  }
}

export class KeyedClient extends AzureOpenAI {
  constructor() {
    super({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: "2024-10-21" }); // want "KL102"
  }
}
