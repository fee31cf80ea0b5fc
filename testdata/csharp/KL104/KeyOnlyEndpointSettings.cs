using System;
using System.Net.Http;

// Bing and the Translator keep their key headers: Bing takes no Entra ID token, and a file
// that talks to both Translator and Text Analytics could send either header to the Translator.
class Search
{
    static string key = Environment.GetEnvironmentVariable("BING_SEARCH_V7_SUBSCRIPTION_KEY"); // no Azure marker in the file: the header is the finding
    static string endpoint = Environment.GetEnvironmentVariable("BING_SEARCH_V7_ENDPOINT") + "/v7.0/search";

    static void Query(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key); // want "KL104"
    }
}

class Translate
{
    static string translatorEndpoint = Environment.GetEnvironmentVariable("TRANSLATOR_TEXT_ENDPOINT");
    static string languageEndpoint = Environment.GetEnvironmentVariable("TEXT_ANALYTICS_ENDPOINT") + "/text/analytics/v3.0/sentiment";

    static void Send(HttpRequestMessage request, string key)
    {
        request.Headers.Add("Ocp-Apim-Subscription-Key", key); // want "KL104"
    }
}
