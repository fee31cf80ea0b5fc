// A health endpoint shows whether the key is set, as a label or a boolean: the key is only
// tested (KL105 for the read of an Azure name), no client config takes it.
/** @param {{ res: unknown }} context */
module.exports = async function (context) {
  const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
  context.res = {
    body: {
      configuration: {
        endpoint: process.env.AZURE_OPENAI_ENDPOINT ? "Set" : "Not Set",
        apiKey: process.env.AZURE_OPENAI_API_KEY ? "Set" : "Not Set", // want "KL105"
        configured: !!apiKey,
      },
      status: { apiKey: !!apiKey },
    },
  };
};

// Labels with symbols are labels too.
class Config {
  constructor() {
    this.config = { azureOpenAI: { endpoint: process.env.AZURE_OPENAI_ENDPOINT || "", apiKey: process.env.AZURE_OPENAI_API_KEY || "" } }; // want "KL102"
  }

  status() {
    return { endpoint: this.config.azureOpenAI.endpoint, apiKey: this.config.azureOpenAI.apiKey ? "✅ Set" : "❌ Missing" };
  }
}
module.exports.Config = Config;
