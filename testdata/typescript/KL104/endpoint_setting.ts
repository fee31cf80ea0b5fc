// The endpoint comes from a setting whose name says the service: Document Intelligence takes
// Entra ID tokens on the resource's custom subdomain, which DOCUMENT_INTELLIGENCE_ENDPOINT
// must be. The key read goes with the header.
const key = process.env.DOCUMENT_INTELLIGENCE_KEY;
const endpoint = process.env.DOCUMENT_INTELLIGENCE_ENDPOINT;

export async function analyze(source: string) {
  const url = `${endpoint}/documentintelligence/documentModels/prebuilt-read:analyze?api-version=2024-11-30`;
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Ocp-Apim-Subscription-Key": key! }, // want "KL104"
    body: JSON.stringify({ urlSource: source }),
  });
}
