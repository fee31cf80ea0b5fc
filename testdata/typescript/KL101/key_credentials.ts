import { AzureKeyCredential } from "@azure/core-auth";
import { SearchClient } from "@azure/search-documents";
import DocumentIntelligence from "@azure-rest/ai-document-intelligence";

const searchKey = process.env.AZURE_SEARCH_KEY ?? ""; // want "KL105"
export const search = new SearchClient("https://s.search.windows.net", "hotels", new AzureKeyCredential(searchKey)); // want "KL101"
export const docs = DocumentIntelligence(process.env.DOCINTEL_ENDPOINT!, new AzureKeyCredential(process.env.DOCINTEL_KEY!)); // want "KL101"
