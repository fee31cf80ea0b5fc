import { AzureOpenAI } from "openai";

const endpoint = process.env.AZURE_OPENAI_ENDPOINT ?? "";
const apiKey = process.env.AZURE_OPENAI_API_KEY ?? "";

export const client = new AzureOpenAI({
  endpoint,
  apiKey,
  apiVersion: "2024-10-21",
  deployment: "gpt-4o",
});

export async function ask(question: string): Promise<string> {
  const result = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: question }],
  });
  return result.choices[0]?.message.content ?? "";
}
