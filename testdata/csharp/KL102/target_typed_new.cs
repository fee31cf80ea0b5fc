using Azure.AI.OpenAI;
using OpenAI;

// Target-typed new(...) takes its type from where it goes: a field assigned through this., a
// switch arm of an expression-bodied member, a local function's return type.
public sealed class ChatService
{
    private readonly AzureChatClientCore _client;

    public ChatService(string deploymentName, string endpoint, string apiKey)
    {
        this._client = new(deploymentName, endpoint, apiKey); // want "KL102"
    }

    // openai.com's client: its key is not an Azure key.
    static OpenAIClient Make(ServiceOptions options) =>
        options.Type switch
        {
            ServiceType.OpenAi => new(options.ApiKey),
            _ => throw new System.NotSupportedException(),
        };
}
