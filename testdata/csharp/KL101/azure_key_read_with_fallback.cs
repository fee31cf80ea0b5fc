using System.ClientModel;
using Microsoft.Extensions.Configuration;
using OpenAI;
using OpenAI.Images;

public static class ImageGenerator
{
    public static ImageClient Make(IConfiguration config)
    {
        var endpoint = config["AzureOpenAI:Endpoint"] ?? throw new InvalidOperationException("Missing 'AzureOpenAI:Endpoint'");
        var apiKey = config["AZURE_OPENAI_API_KEY"] ?? throw new InvalidOperationException("Missing 'AZURE_OPENAI_API_KEY'"); // want "KL105"

        // OpenAI's own client at an Azure /openai/v1/ endpoint: the setting's name says whose key it is.
        return new(
            credential: new ApiKeyCredential(apiKey), // want "KL101"
            model: "flux",
            options: new OpenAIClientOptions() { Endpoint = new Uri(endpoint) });
    }

    public static ImageClient OpenAICom(IConfiguration config)
    {
        // openai.com: a key whose name says nothing of Azure, to a client with no Azure endpoint.
        var key = config["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing 'OpenAI:ApiKey'");
        return new("dall-e-3", new ApiKeyCredential(key));
    }
}
