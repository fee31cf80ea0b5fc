const { AzureKeyCredential } = require("@azure/core-auth");

// A placeholder in sample code is still key auth once filled in.
const credential = new AzureKeyCredential("<search-admin-key>"); // want "KL101"
module.exports = { credential };
