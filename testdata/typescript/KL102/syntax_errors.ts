import { AzureOpenAI } from "openai";

function broken( {
  const x = ;
}

export const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint }); // want "KL102"
