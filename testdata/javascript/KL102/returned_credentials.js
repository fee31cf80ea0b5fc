// Credentials returned by a function of the file whose callers take them apart
// (creds = await loadCredentials(); creds.apiKey) are reported where the member reaches the
// request, not where they are returned.
export function createChat() {
  const loadCredentials = async () => {
    const apiKey = process.env.AZURE_OPENAI_API_KEY || ""; // want "KL105"
    const endpoint = process.env.AZURE_OPENAI_ENDPOINT || "";
    return { apiKey, endpoint, apiVersion: "2024-10-21", deployment: "gpt-4o" };
  };

  return async (/** @type {string} */ prompt) => {
    const creds = await loadCredentials();
    const url = `${creds.endpoint}/openai/deployments/${creds.deployment}/chat/completions?api-version=${creds.apiVersion}`;
    const res = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "api-key": creds.apiKey }, // want "KL104"
      body: JSON.stringify({ messages: [{ role: "user", content: prompt }] }),
    });
    return res.json();
  };
}
