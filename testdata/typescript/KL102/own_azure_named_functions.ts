import { AzureOpenAI } from "openai";

interface AzureSettings {
  apiKey: string;
  endpoint: string;
}

// A function of this file named for Azure: its body, shown here, is where a key reaches a
// client (or does not: normalizeAzure only tidies the settings).
function normalizeAzure(s: Partial<AzureSettings>): AzureSettings {
  return { apiKey: (s.apiKey ?? "").trim(), endpoint: (s.endpoint ?? "").replace(/\/$/, "") };
}

function createAzureClient(s: AzureSettings): AzureOpenAI {
  return new AzureOpenAI({ apiKey: s.apiKey, endpoint: s.endpoint, apiVersion: "2024-10-21" }); // want "KL102"
}

export function load(persisted: Partial<AzureSettings>): AzureOpenAI {
  const settings = normalizeAzure({ apiKey: persisted.apiKey, endpoint: persisted.endpoint });
  return createAzureClient(settings);
}

// A promise's resolve hands the settings to the caller: no client.
export const fromEnv = (): Promise<AzureSettings> =>
  new Promise((resolve) => {
    const apiKey = process.env.VITE_AZURE_OPENAI_API_KEY ?? ""; // want "KL105"
    const endpoint = process.env.VITE_AZURE_OPENAI_ENDPOINT ?? "";
    resolve({ apiKey, endpoint });
  });
