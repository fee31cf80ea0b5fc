const { AzureKeyCredential } = require("@azure/core-auth");
const { SearchClient } = require("@azure/search-documents");

const credential = new AzureKeyCredential(process.env.AZURE_SEARCH_ADMIN_KEY); // want "KL101"
const search = new SearchClient(process.env.AZURE_SEARCH_ENDPOINT ?? "", "hotels", credential);
module.exports = { search };
