import OpenAI from "openai";

// No Azure here: OPENAI_API_KEY is openai.com's key.
const key = process.env.OPENAI_API_KEY;
export const client = new OpenAI({ apiKey: key });
export const model = process.env.OPENAI_MODEL ?? "gpt-4o";
