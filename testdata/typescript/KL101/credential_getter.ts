import { SearchClient, SearchIndexClient, AzureKeyCredential } from "@azure/search-documents";

// A method of the class builds the key credential: KL101 is there; the clients it is handed
// to are given a credential object, no key.
export class SearchService {
  private endpoint = process.env.AZURE_SEARCH_ENDPOINT!;
  private apiKey = process.env.AZURE_SEARCH_KEY!; // want "KL105"

  searchClient(indexName: string) {
    return new SearchClient(this.endpoint, indexName, this.getAzureKeyCredential());
  }

  indexClient() {
    return new SearchIndexClient(this.endpoint, this.getAzureKeyCredential());
  }

  private getAzureKeyCredential() {
    return new AzureKeyCredential(this.apiKey); // want "KL101"
  }
}
