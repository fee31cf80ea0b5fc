// A key handed to the program's own code, imported from its own modules (a relative path or a
// path alias), is reported where that code reaches a client, in its own file: a status check,
// a settings store, a tool of the program. A wrapper with Azure in its name still counts here,
// unless its name says it checks, keeps or uses what it is given (validateAzureConfig,
// setAzureCreds, callBuildingAzureAI(key, prompt)).
// (No SDK client in this file: the own modules imported do not exist for tsc to check a fix.)
import { configured, saveRuntimeSettings } from "@/lib/env";
import { SpeakTool } from "./tools/speak";
import { AzureOpenAIProvider } from "./providers/azure";
import { validateAzureConfig, setAzureCreds, isAzureConfigured } from "@/lib/azure-search";
import { callBuildingAzureAI, createAzureChat } from "./callBuildingAI";

const key = process.env.AZURE_OPENAI_API_KEY; // want "KL105"

export const ready = configured(process.env.AZURE_OPENAI_ENDPOINT, key);
saveRuntimeSettings({ azureOpenAiKey: key, region: "westeurope" });
export const speak = new SpeakTool({ apiKey: key, voice: "alloy" });

export const provider = new AzureOpenAIProvider({ apiKey: key }); // want "KL102"
export const problem = validateAzureConfig({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiKey: key, indexName: "kb" });
setAzureCreds({ key, region: "eastus" });
export const on = isAzureConfigured(key);
export const answer = callBuildingAzureAI(key, "a house", false, "medium");
export const chat = createAzureChat(key); // want "KL102"


// A function of this file given options that point at Azure: its body, shown here, is where the
// key would reach a client (it reaches none).
function validateConfig(config: { azureApiKey?: string; azureEndpoint?: string }): boolean {
  return Boolean(config.azureApiKey && config.azureEndpoint);
}
export const valid = validateConfig({ azureApiKey: key, azureEndpoint: "https://example.openai.azure.com" });
