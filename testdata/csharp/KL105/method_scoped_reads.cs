using System;
using System.ClientModel;
using OpenAI;

// A local is its method's own: the openai.com method's OPENAI_API_KEY does not flow into the
// Azure method's client although both name their local apiKey.
class Agents
{
    public OpenAIClient OpenAI()
    {
        var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        return new OpenAIClient(apiKey);
    }

    public OpenAIClient Azure()
    {
        var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        return new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri(endpoint) }); // want "KL101"
    }
}
