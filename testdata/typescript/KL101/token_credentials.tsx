import { DefaultAzureCredential } from "@azure/identity";
import { SearchClient } from "@azure/search-documents";

// AzureKeyCredential would go here; DefaultAzureCredential is the keyless one.
export const search = new SearchClient("https://s.search.windows.net", "hotels", new DefaultAzureCredential());
export const Banner = () => <div title="AzureKeyCredential">no keys</div>;
