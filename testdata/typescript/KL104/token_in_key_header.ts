import { DefaultAzureCredential } from "@azure/identity";

// Some services take the Entra ID token in the api-key header: that is not a key.
const openAiToken = await new DefaultAzureCredential().getToken("https://cognitiveservices.azure.com/.default");
export const commonOptions = { apiKey: openAiToken.token, defaultHeaders: { "api-key": openAiToken.token } };

// Header names a logger masks, and a count per name: sets of names, not headers sent.
const masked = { "api-key": true, authorization: true };
const seen = { "api-key": 0, "Ocp-Apim-Subscription-Key": 0 };
