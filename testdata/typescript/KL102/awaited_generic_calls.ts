import { storage } from "../storage";

// `await x.set<T>(...)`: the grammar parses the await as the callee when type arguments follow.
// The call is still storage.models.set, the program's own store: the settings it saves (an
// Azure OpenAI deployment's URL and the user's key) are no client's options.
export async function configure(nickname: string, apiKey: string) {
  const baseUrl = "https://contoso.openai.azure.com/openai/deployments/gpt-4o";
  await storage.models.set<{ baseUrl: string; apiKey: string }>(nickname, {
    baseUrl: baseUrl,
    apiKey: apiKey,
  });
}
