// A function of this file named like the SDK's client (a class compiled to ES5) is the
// program's own: building it reads no AZURE_OPENAI_API_KEY. The real client still counts.
var axios = require("axios");
var openai = require("openai");

var AzureOpenAI = (function () {
  function AzureOpenAI() {
    this.endpoint = "https://example.openai.azure.com";
  }
  /** @param {unknown} body @param {string} token */
  AzureOpenAI.prototype.chat = function (body, token) {
    return axios.post(this.endpoint + "/openai/deployments/gpt-4o/chat/completions", body, {
      headers: { Authorization: "Bearer " + token },
    });
  };
  return AzureOpenAI;
})();

module.exports = new AzureOpenAI();
module.exports.sdk = new openai.AzureOpenAI({ endpoint: "https://example.openai.azure.com", apiVersion: "2024-10-21" }); // want "KL107"
