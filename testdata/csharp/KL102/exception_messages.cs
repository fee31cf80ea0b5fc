using System;
using Azure;
using Azure.AI.DocumentIntelligence;
using Microsoft.Extensions.Configuration;

static class Names
{
    public const string DocIntelEndpoint = "DocumentIntelligence:Endpoint";
    public const string DocIntelKey = "DocumentIntelligence:Key";
}

class Extractor
{
    private readonly DocumentIntelligenceClient client;

    public Extractor(IConfiguration config)
    {
        var endpoint = config.GetValue<Uri>(Names.DocIntelEndpoint) ?? throw new ArgumentException($"Missing {Names.DocIntelEndpoint} in configuration");
        // The exception's message names the setting: a message, not a client.
        var key = config.GetValue<string>(Names.DocIntelKey) ?? throw new ArgumentException($"Missing {Names.DocIntelKey} in configuration");
        client = new DocumentIntelligenceClient(endpoint, new AzureKeyCredential(key)); // want "KL101"
        if (string.IsNullOrEmpty(key)) throw new InvalidOperationException("Set " + Names.DocIntelKey);
    }
}

class Places
{
    // Bing Maps takes its key in the query string of a URL: text built here, no Azure AI client.
    System.Uri Search(string apiKey, string q) => new System.Uri($"https://dev.virtualearth.net/REST/v1/LocalSearch/?query={q}&key={apiKey}");
}
