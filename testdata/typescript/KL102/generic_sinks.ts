// Keys reaching APIs keylint has no table for, in a file that talks to Azure.
import { createAzure } from "@ai-sdk/azure";
import { Groq } from "groq-sdk";

const azureApiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
export const azure = createAzure({ resourceName: "contoso", apiKey: azureApiKey }); // want "KL102"
export const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
console.log("key length", azureApiKey?.length);

class AppConfig {
  constructor(public apiKey: string) {}
}
export const config = new AppConfig(azureApiKey ?? "");
