// config["searchKey"] is that one entry of the object, as config.searchKey is: the index
// read into the same object does not flow into the credential.
const { SearchClient, AzureKeyCredential } = require("@azure/search-documents");

const config = {
  searchEndpoint: process.env.AZURE_SEARCH_ENDPOINT ?? "",
  searchKey: process.env.AZURE_SEARCH_KEY, // want "KL105"
  semantic: process.env.AZURE_SEARCH_SEMANTIC_CONFIG ?? "",
};

const client = new SearchClient(config["searchEndpoint"], config["semantic"], new AzureKeyCredential(config["searchKey"])); // want "KL101"
module.exports = { client };
