import { AIService } from "./aiService";

// super(apiKey) hands the key to the parent class, the program's own: its file has the client
// call, where the key is reported.
export class AzureOpenAIService extends AIService {
  constructor(apiKey, endpoint) {
    super(apiKey, "standard");
    this.endpoint = endpoint;
  }
}
