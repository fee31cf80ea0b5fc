// A library's own key path: the key its caller configured, sent to
// https://contoso.openai.azure.com/openai/deployments/... The header is reported but keeps
// the key: a DefaultAzureCredential of the library's own would ignore the caller's choice.

export class Client {
  constructor(private apiKey: string) {}

  async complete(url: string) {
    return fetch(url, { headers: { "api-key": this.apiKey } }); // want "KL104"
  }
}

export async function send(client: { apiKey: string }, url: string) {
  const apiKey = client.apiKey;
  return fetch(url, { headers: { "api-key": apiKey } }); // want "KL104"
}

export async function sendWith(options: { azureOpenAIApiKey: string }, url: string) {
  return fetch(url, { method: "POST", headers: { "api-key": options.azureOpenAIApiKey } }); // want "KL104"
}
