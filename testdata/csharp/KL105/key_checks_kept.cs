using System;
using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;

// Checks of a key that say more than whether the key is needed keep the read: the endpoint
// is used where the key is not set too, the key is printed, the check mixes "set" and
// "missing", or the keyless branch builds something else.
class KeyChecksKept
{
    static AzureOpenAIClient Printed()
    {
        var printedEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        var printedKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_APIKEY"); // want "KL105"
        if (!string.IsNullOrEmpty(printedEndpoint) && !string.IsNullOrEmpty(printedKey))
        {
            Console.WriteLine("Key: " + printedKey);
            return new AzureOpenAIClient(new Uri(printedEndpoint), new ApiKeyCredential(printedKey)); // want "KL101"
        }
        return null;
    }

    static AzureOpenAIClient Mixed()
    {
        string mixedEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        string mixedKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        if (string.IsNullOrWhiteSpace(mixedKey) && mixedEndpoint != null)
        {
            return null;
        }
        return new AzureOpenAIClient(new Uri(mixedEndpoint), new ApiKeyCredential(mixedKey)); // want "KL101"
    }
}

class Shared
{
    private static readonly string AzureKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_KEY"); // want "KL105"
    private static readonly string SharedEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");

    static object Client() =>
        AzureKey != null
            ? new AzureOpenAIClient(new Uri(SharedEndpoint), new ApiKeyCredential(AzureKey)) // want "KL101"
            : (object)new Uri(SharedEndpoint);
}

class OtherFallback
{
    static AzureOpenAIClient Client(string endpoint, string backup)
    {
        var otherKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        return string.IsNullOrEmpty(otherKey)
            ? new AzureOpenAIClient(new Uri(backup), new AzureCliCredential())
            : new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(otherKey)); // want "KL101"
    }
}
