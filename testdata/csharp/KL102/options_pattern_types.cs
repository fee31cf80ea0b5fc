using Microsoft.Extensions.Options;
using TextToSpeech.Options;

// IOptions<AzureOpenAIOptions>: the options pattern binds configuration into a class of the
// program's own (declared in another file), so copying its key into a new one is no client.
public class AzureOpenAIOptionsService
{
    public AzureOpenAIOptions Options { get; private set; }

    public AzureOpenAIOptionsService(IOptions<AzureOpenAIOptions> options)
    {
        Options = new AzureOpenAIOptions
        {
            Endpoint = options.Value.Endpoint,
            ApiKey = options.Value.ApiKey,
        };
    }
}
