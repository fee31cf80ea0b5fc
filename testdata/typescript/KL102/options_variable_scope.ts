import { AzureOpenAI } from "openai";

// An options object is the client's only where the client is given that very variable: not a
// parameter of the same name in a function below it, nor a variable of another function.
const defaults = { endpoint: "https://llm.example.com", apiKey: process.env.LLM_KEY };

export function make(defaults?: { endpoint?: string; apiKey?: string }) {
  return new AzureOpenAI(defaults);
}

export function settings() {
  const options = { endpoint: "https://llm.example.com", apiKey: process.env.LLM_KEY };
  return options;
}

export function client(options?: { endpoint?: string }) {
  return new AzureOpenAI(options);
}

export const fallback = defaults;
