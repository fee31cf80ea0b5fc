// A web search API's key (Brave, Serper, any WEB_SEARCH_* provider) is that service's, not
// Azure AI Search's, even in a file that talks to Azure OpenAI; AI Search's own key counts.
export const env = {
  AZURE_OPENAI_ENDPOINT: process.env.AZURE_OPENAI_ENDPOINT ?? "",
  AZURE_OPENAI_API_KEY: process.env.AZURE_OPENAI_API_KEY ?? "", // want "KL105"
  WEB_SEARCH_ENABLED: process.env.WEB_SEARCH_ENABLED === "true",
  WEB_SEARCH_API_KEY: process.env.WEB_SEARCH_API_KEY || "",
  BRAVE_SEARCH_API_KEY: process.env.BRAVE_SEARCH_API_KEY || "",
  SERPER_API_KEY: process.env.SERPER_API_KEY || "",
  AZURE_SEARCH_KEY: process.env.AZURE_SEARCH_KEY ?? "", // want "KL105"
};

export const webSearch = { provider: "brave", webSearchApiKey: process.env.WEB_SEARCH_API_KEY };
