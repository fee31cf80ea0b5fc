// The openai npm client given a key whose own name says it is Azure's is an Azure key site,
// wherever its base URL (a proxy, one of several endpoints tried) points; a plain apiKey
// variable is not, even if another function's apiKey holds an Azure key.
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
