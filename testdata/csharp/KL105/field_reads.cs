using System;
using Azure;
using Azure.AI.OpenAI;

// A field with no access modifier is private in C#: when the rewrite removes its only use, it
// goes; a public one may be read elsewhere and stays.
class Chat
{
    static readonly string key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
    public static readonly string SharedKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_KEY"); // want "KL105"

    AzureOpenAIClient Client(Uri endpoint) => new AzureOpenAIClient(endpoint, new AzureKeyCredential(key)); // want "KL101"
    AzureOpenAIClient Shared(Uri endpoint) => new AzureOpenAIClient(endpoint, new AzureKeyCredential(SharedKey)); // want "KL101"
}
