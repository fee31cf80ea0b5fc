using System;
using System.ClientModel;
using Azure.AI.OpenAI;

// A field is the class's, not one method's: its use elsewhere (a log line) keeps the read,
// and the credential alone is rewritten.
class FieldKey
{
    private static readonly string apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"

    static AzureOpenAIClient Chat(string endpoint)
    {
        return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(apiKey)); // want "KL101"
    }

    static void Describe()
    {
        Console.WriteLine("key length: " + apiKey.Length);
    }
}
