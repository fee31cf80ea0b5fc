import { AzureOpenAI } from "openai";
import { AzureOpenAI as AOAI } from "openai";
import * as oai from "openai";

const endpoint = process.env["AZURE_OPENAI_ENDPOINT"] ?? "";
const apiKey = process.env.AZURE_OPENAI_API_KEY!; // want "KL105"

export const client = new AzureOpenAI({ endpoint, apiKey, apiVersion: "2024-10-21" }); // want "KL102"

export const renamed = new AOAI({
  endpoint,
  apiKey: process.env["AZURE_OPENAI_API_KEY"] ?? "", // want "KL102"
  apiVersion: "2024-10-21",
});

export const viaNamespace = new oai.AzureOpenAI({ apiKey: apiKey as string, endpoint }); // want "KL102"
