// Dynamic imports bind names as static ones do: the SDK's client is a client (the program's
// own function imported so is the program's: scan's TestHitOutcomes).
export async function client() {
  const { AzureOpenAI } = await import("openai");
  return new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" }); // want "KL102"
}
