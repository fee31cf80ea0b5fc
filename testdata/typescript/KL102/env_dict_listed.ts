// A dictionary of the settings read, listed with Object.entries to check that each is set and
// logged, hands the key to no client; the read is the finding.
const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const apiKey = process.env.AZURE_OPENAI_KEY; // want "KL105"

const envDict = {
  AZURE_OPENAI_ENDPOINT: endpoint,
  AZURE_OPENAI_KEY: apiKey,
};

export function missing(): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(envDict)) {
    if (!value) out.push(key);
  }
  return out.concat(Object.keys(Object.freeze({ ...envDict })));
}
