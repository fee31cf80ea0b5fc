// GitHub Models through the Azure AI Inference REST client: a GitHub token, no finding.
import ModelClient from "@azure-rest/ai-inference";
import { AzureKeyCredential } from "@azure/core-auth";

const client = ModelClient("https://models.github.ai/inference", new AzureKeyCredential(process.env.GITHUB_TOKEN));
const other = new ModelClient("https://models.inference.ai.azure.com", new AzureKeyCredential(process.env.MODELS_KEY));
