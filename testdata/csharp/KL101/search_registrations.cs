using System;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

// Semantic Kernel's Azure AI Search registrations take a TokenCredential where they take an
// AzureKeyCredential; a registration of the credential itself, by its type, stays.
class Registrations
{
    void Register(IServiceCollection services, Uri endpoint)
    {
        services.AddAzureAISearchVectorStore(endpoint, new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_AI_SEARCH_KEY"))); // want "KL101"
        services.AddAzureAISearchCollection<Hotel>("hotels", endpoint, new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_AI_SEARCH_KEY"))); // want "KL101" "KL102"
        services.AddSingleton(new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_AI_SEARCH_KEY"))); // want "KL101"
    }
}

class Hotel { }
