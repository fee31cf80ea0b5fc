// Credentials returned by a function of the file and taken apart where it is called
// (const { apiKey, endpoint } = searchCredentials()) are reported where the key reaches the
// client (KL101), not where they are returned.
import { AzureKeyCredential, SearchClient } from "@azure/search-documents";

export const searchCredentials = () => {
  const apiKey = process.env.AZURE_SEARCH_API_KEY; // want "KL105"
  const indexName = process.env.AZURE_SEARCH_INDEX_NAME;
  if (!apiKey || !indexName) {
    throw new Error("Azure AI Search settings are missing");
  }
  return { apiKey, endpoint: "https://example.search.windows.net", indexName };
};

export const searchClient = () => {
  const { apiKey, endpoint, indexName } = searchCredentials();
  return new SearchClient(endpoint, indexName, new AzureKeyCredential(apiKey)); // want "KL101"
};
