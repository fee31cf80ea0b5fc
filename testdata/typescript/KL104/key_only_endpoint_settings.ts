// Translator's global endpoint, Speech's token exchange and LUIS authoring keep their key
// headers: none of them takes a Cognitive Services token there.
const translatorKey = process.env.TRANSLATOR_TEXT_SUBSCRIPTION_KEY;
const translator = process.env.TRANSLATOR_TEXT_ENDPOINT;

export async function translate(text: string) {
  return fetch(`${translator}/translate?api-version=3.0&to=de`, {
    method: "POST",
    headers: { "Ocp-Apim-Subscription-Key": translatorKey! }, // want "KL104"
    body: JSON.stringify([{ text }]),
  });
}

export async function speechToken(region: string, speechKey: string) {
  const url = `https://${region}.api.cognitive.microsoft.com/sts/v1.0/issueToken`;
  return fetch(url, { method: "POST", headers: { "Ocp-Apim-Subscription-Key": speechKey } }); // want "KL104"
}
