import got from "got";

const key = process.env.AZURE_OPENAI_API_KEY; // want "KL105"
export const reply = await got.post(url, { headers: { "Ocp-Apim-Subscription-Key": key }, json: body }); // want "KL104"
const xhr = new XMLHttpRequest();
xhr.setRequestHeader("api-key", key); // want "KL104"
const h = new Headers([["api-key", key]]); // want "KL104"
