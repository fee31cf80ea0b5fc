import ModelClient from "@azure-rest/ai-inference";
import { AzureKeyCredential } from "@azure/core-auth";

// Azure AI Inference's REST client asks for Azure ML tokens unless its options give the scope.
export const client = ModelClient("https://contoso.services.ai.azure.com/models", new AzureKeyCredential(process.env.AZURE_AI_KEY ?? "")); // want "KL101"
export const withOptions = ModelClient("https://contoso.services.ai.azure.com/models", new AzureKeyCredential(process.env.AZURE_AI_KEY ?? ""), { apiVersion: "2024-05-01-preview" }); // want "KL101"

// Through a variable the client call would need the options too: no automatic rewrite.
const credential = new AzureKeyCredential(process.env.AZURE_AI_KEY ?? ""); // want "KL101"
export const other = ModelClient("https://contoso.services.ai.azure.com/models", credential);
