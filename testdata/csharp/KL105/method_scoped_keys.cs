using System;
using System.ClientModel;
using Azure;
using Azure.AI.DocumentIntelligence;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Configuration;

// Two methods each read a key into a local of the same name: a local is its method's own, so
// each read (and its check) goes with the rewrite of the credential in its own method.
class MethodScopedKeys
{
    static AzureOpenAIClient Chat(IConfiguration configuration)
    {
        var azureOpenAIConfig = configuration.GetSection("AzureOpenAI");
        var apiKey = azureOpenAIConfig["ApiKey"]; // want "KL105"
        var endpoint = azureOpenAIConfig["Endpoint"];
        if (string.IsNullOrEmpty(apiKey) || string.IsNullOrEmpty(endpoint))
        {
            throw new InvalidOperationException("Set AzureOpenAI:ApiKey and AzureOpenAI:Endpoint.");
        }
        return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(apiKey)); // want "KL101"
    }

    static DocumentIntelligenceClient Documents()
    {
        var apiKey = Environment.GetEnvironmentVariable("DOCUMENT_INTELLIGENCE_KEY"); // want "KL105"
        var endpoint = Environment.GetEnvironmentVariable("DOCUMENT_INTELLIGENCE_ENDPOINT");
        return new DocumentIntelligenceClient(new Uri(endpoint), new AzureKeyCredential(apiKey)); // want "KL101"
    }
}
