// The openai npm client given a key whose own name says it is Azure's is an Azure key site,
// wherever its base URL (a proxy, one of several endpoints tried) points, and so is a key it
// also sends in Azure's api-key header; a plain apiKey variable is not, even if another
// function's apiKey holds an Azure key.
import OpenAI from "openai";

const AZURE_OPENAI_API_KEY = process.env.AZURE_OPENAI_API_KEY || ""; // want "KL105"

export function clients(urls: string[]): OpenAI[] {
  return urls.map(
    (url) =>
      new OpenAI({
        apiKey: AZURE_OPENAI_API_KEY, // want "KL102"
        baseURL: url,
      }),
  );
}

export function openaiCom(): OpenAI {
  const apiKey = process.env.OPENAI_API_KEY ?? "";
  return new OpenAI({ apiKey });
}

declare function buildV1BaseUrl(endpoint: string): string;

export function v1(config: { endpoint: string; apiKey: string }): OpenAI {
  return new OpenAI({
    baseURL: buildV1BaseUrl(config.endpoint),
    apiKey: config.apiKey, // want "KL102"
    defaultHeaders: {
      "api-key": config.apiKey, // want "KL104"
    },
  });
}
