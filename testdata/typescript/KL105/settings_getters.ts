// A member of a settings object built in the file (env.searchKey) is that entry's value, a
// getter's included: the settings beside it (an index name, a telemetry connection string)
// are not keys because one member of the object reaches a client.
import { AzureKeyCredential, SearchClient } from "@azure/search-documents";

function runtimeValue(name: string, fallback?: string): string | undefined {
  return fallback ?? name;
}

export const env = {
  get searchKey() {
    return runtimeValue("searchKey", process.env.AZURE_SEARCH_KEY); // want "KL105"
  },
  searchIndex: process.env.AZURE_SEARCH_INDEX ?? "docs",
  get telemetry() {
    return runtimeValue("telemetry", process.env.APPLICATIONINSIGHTS_CONNECTION_STRING);
  },
};

export async function search(q: string): Promise<Response> {
  return fetch(`https://example.search.windows.net/indexes/${env.searchIndex}/docs?search=${q}`, {
    headers: { "api-key": env.searchKey ?? "", "x-telemetry": env.telemetry ?? "" }, // want "KL104"
  });
}

export const client = new SearchClient(
  "https://example.search.windows.net",
  env.searchIndex,
  new AzureKeyCredential(env.searchKey ?? ""), // want "KL101"
);
