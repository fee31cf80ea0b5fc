import { DefaultAzureCredential } from "@azure/identity";

export async function ask(url: string, incoming: Headers) {
  const token = await new DefaultAzureCredential().getToken("https://cognitiveservices.azure.com/.default");
  const headers = new Headers({ Authorization: `Bearer ${token.token}` });
  headers.delete("api-key");
  headers.set("Authorization", incoming.get("Authorization") ?? "");
  return fetch(url, { headers });
}
