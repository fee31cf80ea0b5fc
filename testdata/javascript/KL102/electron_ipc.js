// An Electron renderer hands the settings to its own main process, whose handler builds the
// Azure client (reported there): the message is no client call.
const { ipcRenderer } = require("electron");
const endpoint = "https://contoso.openai.azure.com";

async function ask(settings, message) {
  return ipcRenderer.invoke("chat-request", { message, apiKey: settings.azureApiKey, endpoint });
}

module.exports = { ask };
