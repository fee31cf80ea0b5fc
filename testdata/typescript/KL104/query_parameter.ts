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

// Not keys: a deployment in the query, a key-less query, and another service's apikey.
export function others(newsKey: string): Promise<Response>[] {
  return [
    fetch(`https://${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`),
    fetch(`https://newsapi.org/v2/everything?q=azure&apikey=${newsKey}`),
    fetch(`https://${endpoint}/openai/models?api-key=${""}`),
  ];
}
