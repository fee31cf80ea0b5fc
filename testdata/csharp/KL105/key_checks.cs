using System;
using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;

// Reads whose other uses are checks of the key: when the credential the key fed becomes
// keyless, a check that the required settings are there no longer requires the key, and a
// check that the key is set chooses Azure by its endpoint instead, and a choice between the
// key and the sample's own keyless credential keeps the keyless one.
class KeyChecks
{
    static AzureOpenAIClient Required()
    {
        var azureEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        var azureApiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_APIKEY"); // want "KL105"
        if (!string.IsNullOrEmpty(azureEndpoint) && !string.IsNullOrEmpty(azureApiKey))
        {
            return new AzureOpenAIClient(new Uri(azureEndpoint), new ApiKeyCredential(azureApiKey)); // want "KL101"
        }
        return null;
    }

    static AzureOpenAIClient Missing()
    {
        string endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        string key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        if (string.IsNullOrWhiteSpace(key) || endpoint == null)
        {
            throw new InvalidOperationException("Set AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY.");
        }
        return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(key)); // want "KL101"
    }
}

class Chosen
{
    private static readonly string AzureKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_KEY"); // want "KL105"
    private static readonly string AzureEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");

    static object Client() =>
        AzureKey != null
            ? new AzureOpenAIClient(new Uri(AzureEndpoint), new ApiKeyCredential(AzureKey)) // want "KL101"
            : new object();
}

class Fallback
{
    static AzureOpenAIClient Client(string endpoint)
    {
        var optionalKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        return string.IsNullOrEmpty(optionalKey)
            ? new AzureOpenAIClient(new Uri(endpoint), new AzureCliCredential())
            : new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(optionalKey)); // want "KL101"
    }
}
