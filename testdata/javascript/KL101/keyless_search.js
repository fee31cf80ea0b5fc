const { DefaultAzureCredential } = require("@azure/identity");
const { SearchClient } = require("@azure/search-documents");

// new AzureKeyCredential(key) is what this replaced.
const search = new SearchClient(process.env.AZURE_SEARCH_ENDPOINT ?? "", "hotels", new DefaultAzureCredential());
module.exports = { search };
