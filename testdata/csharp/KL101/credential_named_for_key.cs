using Azure;
using Azure.AI.TextAnalytics;
using Microsoft.Extensions.Configuration;

// A variable named for the key that holds the credential built from it: KL101 where the
// credential is built; the client is given a credential object, not a key.
public class LanguageService
{
    private readonly TextAnalyticsClient _client;

    public LanguageService(IConfiguration config)
    {
        var endpoint = new Uri(config["AzureAI:LanguageEndpoint"]!);
        var apiKey = new AzureKeyCredential(config["AzureAI:LanguageApiKey"]!); // want "KL101"
        _client = new TextAnalyticsClient(endpoint, apiKey);
    }
}
