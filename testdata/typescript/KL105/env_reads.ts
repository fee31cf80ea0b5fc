import { AzureOpenAI } from "openai";

const a = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
const b = process.env["OPENAI_API_KEY"]; // no Azure word and reaching no Azure client: maybe openai.com's
const c = Deno.env.get("AZURE_SEARCH_ADMIN_KEY"); // want "KL105"
process.env.AZURE_OPENAI_API_KEY = "<set by the test harness>";
export const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: provider });
beforeEach(() => {
  delete process.env.AZURE_OPENAI_API_KEY; // a deletion, not a read
  delete process.env["AZURE_OPENAI_API_KEY"];
  process.env["AZURE_OPENAI_API_KEY"] ??= "test";
});
const d = !process.env.AZURE_OPENAI_API_KEY; // want "KL105"
