// A settings object kept on the instance (this.config = { endpoint, apiKey }) whose key is read
// member by member is a holder: the key is reported where this.config.apiKey reaches the client
// and the header, not where it is stored.
import { OpenAI } from "openai";

export class Translator {
  private config: any = null;
  private client: OpenAI | null = null;

  init() {
    const endpoint = process.env.AZURE_OPENAI_ENDPOINT ?? "";
    const apiKey = process.env.AZURE_OPENAI_API_KEY ?? ""; // want "KL105"
    this.config = {
      endpoint,
      apiKey,
      deployments: { "gpt-4o": "gpt-4o" },
      apiVersion: "2024-10-21",
    };
    this.client = new OpenAI({
      apiKey: this.config.apiKey, // want "KL102"
      baseURL: `${this.config.endpoint}/openai/deployments`,
      defaultQuery: { "api-version": this.config.apiVersion },
      defaultHeaders: { "api-key": this.config.apiKey }, // want "KL104"
    });
  }
}

// The holder's other entries are no part of the key: the model and token settings read beside
// it are not key reads, though the key member reaches the client.
export class Assistant {
  private settings: any;

  constructor() {
    this.settings = {
      azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY || "", // want "KL105"
      endpoint: process.env.AZURE_OPENAI_ENDPOINT || "",
      model: process.env.OPENAI_MODEL || "gpt-4o",
      maxTokens: parseInt(process.env.OPENAI_MAX_TOKENS || "4000"),
    };
  }

  client() {
    return new OpenAI({
      apiKey: this.settings.azureOpenAIApiKey, // want "KL102"
      baseURL: `${this.settings.endpoint}/openai/deployments/${this.settings.model}`,
      defaultQuery: { "api-version": "2024-10-21" },
    });
  }

  // The realtime socket sends the same key as a header (no fix): the holder stays one.
  realtimeHeaders() {
    return { "api-key": this.settings.azureOpenAIApiKey, "max-tokens": String(this.settings.maxTokens) }; // want "KL104"
  }
}
