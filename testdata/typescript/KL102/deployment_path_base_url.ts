// The openai npm client pointed at Azure by its deployment path alone: the host comes from a
// setting, the path /openai/deployments/ is Azure OpenAI's. The same client on openai.com
// keeps its key.
import OpenAI from "openai";

const { AOAI_API_KEY, AOAI_BASE_PATH, AOAI_DEPLOYMENT } = process.env; // want "KL105"

export const azure = new OpenAI({
  apiKey: AOAI_API_KEY, // want "KL102"
  baseURL: `${AOAI_BASE_PATH}openai/deployments/${AOAI_DEPLOYMENT}`,
  defaultQuery: { "api-version": "2024-10-21" },
});

export const openaiCom = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL: "https://api.openai.com/v1" });
