// A parameter named token can hold a key: what it holds decides, not its name.
export async function forward(payload: { headers: Record<string, string> }, token: string) {
  payload.headers["api-key"] = token; // want "KL104"
  return fetch("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions", payload);
}
