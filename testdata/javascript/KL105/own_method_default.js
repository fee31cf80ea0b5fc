import { AppConfigurationClient } from "@azure/app-configuration";

// A method of this class, called on this, given the key read as its fallback: the read is the
// finding (KL105); the method's own body, shown here, says where the value goes.
export class AppConfig {
  constructor(connectionString) {
    this.client = new AppConfigurationClient(connectionString);
  }

  async getConfiguration(key, defaultValue = null) {
    const setting = await this.client.getConfigurationSetting({ key });
    return setting?.value ?? defaultValue;
  }

  async load() {
    this.endpoint = await this.getConfiguration("OpenAI:Endpoint", process.env.AZURE_OPENAI_ENDPOINT);
    this.apiKey = await this.getConfiguration("OpenAI:ApiKey", process.env.AZURE_OPENAI_API_KEY); // want "KL105"
  }
}
