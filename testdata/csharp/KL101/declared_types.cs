using System;
using Azure;
using Azure.AI.OpenAI;
using Azure.Search.Documents;
using Microsoft.Extensions.DependencyInjection;

// Where a key credential goes decides whether it can become a DefaultAzureCredential: the fix
// changes declared types, and leaves alone what would then not compile.
class Clients
{
    private readonly AzureKeyCredential _credential;
    private AzureKeyCredential Rotating { get; } = new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY")); // want "KL101"

    Clients(string key)
    {
        _credential = new AzureKeyCredential(key); // want "KL101"
    }

    AzureOpenAIClient OpenAI(Uri endpoint) => new AzureOpenAIClient(endpoint, _credential);

    SearchClient Search(Uri endpoint)
    {
        AzureKeyCredential local = new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY")); // want "KL101"
        return new SearchClient(endpoint, "hotels", local);
    }

    void Rotate(string key) => Rotating.Update(key); // only a key credential has Update: no fix for Rotating

    AzureKeyCredential Returned(string key)
    {
        return new AzureKeyCredential(key); // want "KL101"
    }

    void Register(IServiceCollection services, string key)
    {
        services.AddSingleton(new AzureKeyCredential(key)); // want "KL101"
    }
}

class Inference
{
    // Azure AI Inference's TokenCredential constructors ask for Azure ML tokens: no rewrite.
    Azure.AI.Inference.ChatCompletionsClient Chat(Uri endpoint, string key) =>
        new Azure.AI.Inference.ChatCompletionsClient(endpoint, new AzureKeyCredential(key)); // want "KL101"
}
