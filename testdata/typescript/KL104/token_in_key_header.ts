import { DefaultAzureCredential } from "@azure/identity";

// Some services take the Entra ID token in the api-key header: that is not a key.
const openAiToken = await new DefaultAzureCredential().getToken("https://cognitiveservices.azure.com/.default");
export const commonOptions = { apiKey: openAiToken.token, defaultHeaders: { "api-key": openAiToken.token } };
