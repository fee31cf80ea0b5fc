import axios from "axios";

const key = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
const url = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

export async function ask(body: unknown) {
  await fetch(url, { method: "POST", headers: { "api-key": key!, "Content-Type": "application/json" } }); // want "KL104"
  const headers = new Headers();
  headers.set("Ocp-Apim-Subscription-Key", key ?? ""); // want "KL104"
  axios.defaults.headers.common["api-key"] = key; // want "KL104"
  return axios.post(url, body, { headers: { "api-key": key } }); // want "KL104"
}
