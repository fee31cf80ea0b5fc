// A setting whose name is not key-shaped is still the key when its value reaches an Azure
// client's key argument; the same kind of name that only configures something else is not.
using System;
using Azure;
using Azure.AI.OpenAI;
using Microsoft.SemanticKernel;

public static class FlowingNames
{
    public static void Register(IKernelBuilder builder, string endpoint)
    {
        var apiKey = Environment.GetEnvironmentVariable("chatGPTToken"); // want "KL105"
        if (string.IsNullOrWhiteSpace(apiKey)) throw new InvalidOperationException("chatGPTToken is not set");
        builder.AddAzureOpenAIChatCompletion("gpt-35", endpoint, apiKey); // want "KL102"
    }

    public static AzureOpenAIClient Client()
    {
        var secret = Environment.GetEnvironmentVariable("OPENAI_ACCESS"); // want "KL105"
        return new AzureOpenAIClient(new Uri(Environment.GetEnvironmentVariable("OPENAI_BASE")), new AzureKeyCredential(secret)); // want "KL101"
    }

    // Read, but never reaching a client: the deployment, a user's token for another purpose.
    public static string Deployment() => Environment.GetEnvironmentVariable("chatGPTModel");
    public static string Session() => Environment.GetEnvironmentVariable("chatGPTSessionToken");
}
