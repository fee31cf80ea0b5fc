import OpenAI from "openai";

// Amazon Bedrock serves an OpenAI-compatible API under /openai/v1 on its own host: not Azure.
const region = process.env.AWS_REGION ?? "us-east-1";
export const bedrock = new OpenAI({
  apiKey: process.env.BEDROCK_API_KEY,
  baseURL: `https://bedrock-runtime.${region}.amazonaws.com/openai/v1`,
});

// The same path on an endpoint from the environment is Azure's v1 API.
export const azure = new OpenAI({
  apiKey: process.env.KEY, // want "KL102"
  baseURL: `${process.env.ENDPOINT}/openai/v1/`,
});
