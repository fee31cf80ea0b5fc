import { AzureKeyCredential, isTokenCredential } from "@azure/core-auth";
import { SearchIndexClient } from "@azure/search-documents";

// The rewritten call was AzureKeyCredential's only use: its name leaves the import list.
export const indexes = new SearchIndexClient("https://s.search.windows.net", new AzureKeyCredential(process.env.AZURE_SEARCH_KEY ?? "")); // want "KL101"
export const check = isTokenCredential;
