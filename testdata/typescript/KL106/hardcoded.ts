import { AzureOpenAI } from "openai";

const apiKey = "0123456789abcdef0123456789abcdef"; // want "KL106"
export const client = new AzureOpenAI({ apiKey: `fedcba9876543210fedcba9876543210`, endpoint: "https://x.openai.azure.com" }); // want "KL102" "KL106"
const aiKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQQJ99BCAAAAAAAAAAAAAAAAACOG3iHz"; // want "KL106"
