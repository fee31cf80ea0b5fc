// A key sent as a URL's api-key or subscription-key query parameter authenticates the request
// as the header does. It is reported where the URL is written; the browser WebSocket given
// that URL is no client of its own.
const endpoint = import.meta.env.VITE_AZURE_REALTIME_ENDPOINT;
const apiKey = import.meta.env.VITE_AZURE_REALTIME_API_KEY;
const deployment = "gpt-realtime";

export function connect(): WebSocket {
  const url = `wss://${endpoint}/openai/v1/realtime?model=${deployment}&api-key=${apiKey}`; // want "KL104"
  console.log("connecting to", url.replace(apiKey, "***"));
  return new WebSocket(url);
}

export function translate(key: string, text: string): Promise<Response> {
  return fetch(`https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&Subscription-Key=${key}`, { // want "KL104"
    method: "POST",
    body: JSON.stringify([{ text }]),
  });
}

// Not keys: a deployment in the query, a key-less query, another service's apikey, and Azure
// Maps' subscription-key (Maps is no AI service).
export function others(newsKey: string, mapsKey: string): Promise<Response>[] {
  return [
    fetch(`https://atlas.microsoft.com/route/directions/json?api-version=1.0&subscription-key=${mapsKey}&query=55.6,12.5:55.7,12.6`),
    fetch(`https://${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`),
    fetch(`https://newsapi.org/v2/everything?q=azure&apikey=${newsKey}`),
    fetch(`https://content.guardianapis.com/search?section=world&page-size=25&api-key=${newsKey}`),
    fetch(`https://${endpoint}/openai/models?api-key=${""}`),
    fetch(`${azureMapsConfig.endpoint}/search/address/json?api-version=1.0&subscription-key=${mapsKey}&query=Copenhagen`),
  ];
}

// Azure Maps' settings, its key named for it: no AI key read.
export const azureMapsConfig = {
  subscriptionKey: process.env.AZURE_MAPS_KEY || "",
  endpoint: "https://atlas.microsoft.com",
};
