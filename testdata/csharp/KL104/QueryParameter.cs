using System;
using System.Net.Http;
using System.Threading.Tasks;

// A key sent as a URL's api-key or subscription-key query parameter authenticates the request
// as the header does: reported where the URL is written.
class RealtimeUrl
{
    static readonly string Endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");

    static Uri Realtime(string key) => new Uri($"wss://{Endpoint}/openai/realtime?deployment=gpt&api-key={key}"); // want "KL104"

    static Task<HttpResponseMessage> Search(HttpClient http, string name, string key) =>
        http.GetAsync($"https://{name}.search.windows.net/indexes/docs/docs?api-version=2023-11-01&search=*&api-key={key}"); // want "KL104"

    // Not keys: an API version in the query, another service's key parameter.
    static Task<HttpResponseMessage> Others(HttpClient http, string deployment, string mapsKey) =>
        http.GetAsync($"https://{Endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21&maps={mapsKey}");
}
