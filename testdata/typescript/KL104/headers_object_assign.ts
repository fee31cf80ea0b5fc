// Headers merged with Object.assign: the api-key entry is the request's header (KL104), not
// a key given to a client called "assign".
const endpoint = process.env.AZURE_OPENAI_ENDPOINT!;
const apiKey = process.env.AZURE_OPENAI_API_KEY!; // want "KL105"

export async function chat(body: unknown) {
  return fetch(`${endpoint}openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21`, {
    method: "POST",
    headers: Object.assign({ "Content-Type": "application/json", "api-key": apiKey }, {}), // want "KL104"
    body: JSON.stringify(body),
  });
}
