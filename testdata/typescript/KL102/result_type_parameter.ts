// A function returns the settings; another takes them typed as its result
// (ReturnType<typeof getAzureOpenAIConfig>) and sends the key member as a header: the key is
// reported at the header, and the returned object is no client's options.
type ChatMessage = { role: "system" | "user"; content: string };

export function getAzureOpenAIConfig() {
  const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
  const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
  const deployment = process.env.AZURE_OPENAI_DEPLOYMENT;
  if (!endpoint || !apiKey || !deployment) {
    return null;
  }
  return { endpoint, apiKey, deployment };
}

export async function complete(
  config: NonNullable<ReturnType<typeof getAzureOpenAIConfig>>,
  messages: ChatMessage[],
) {
  const res = await fetch(`${config.endpoint}/openai/deployments/${config.deployment}/chat/completions?api-version=2024-10-21`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "api-key": config.apiKey }, // want "KL104"
    body: JSON.stringify({ messages }),
  });
  return res.json();
}

// The result typed the same way but never read by its key member: the returned object is
// where the key leaves this file, as before.
export function getSearchConfig() {
  const apiKey = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
  return { endpoint: "https://contoso.openai.azure.com", apiKey }; // want "KL102"
}

export function describe(config: ReturnType<typeof getSearchConfig>): string {
  return config.endpoint;
}
