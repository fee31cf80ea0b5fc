// A test of a key (!!key, !key, key === "", typeof key) is a boolean, not the key: handing it to
// a state setter or a status call sends no credential. The key itself still counts.
import { AzureOpenAI } from "openai";

/**
 * @param {(configured: boolean) => void} setAzureConfigured
 * @param {(...values: unknown[]) => void} report
 */
function useAzureStatus(setAzureConfigured, report) {
  const envKey = process.env.AZURE_OPENAI_API_KEY || null; // want "KL105"
  const configured = !!envKey;
  setAzureConfigured(configured);
  report(!envKey, typeof envKey, envKey === "", envKey != null);
  const client = new AzureOpenAI({
    apiKey: envKey, // want "KL102"
    endpoint: "https://example.openai.azure.com",
    apiVersion: "2024-10-21",
  });
  return client;
}

export { useAzureStatus };
