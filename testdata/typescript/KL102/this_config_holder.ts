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
