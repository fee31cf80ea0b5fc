// The Speech SDK builds its config with static factories that take the key by position.
using Microsoft.CognitiveServices.Speech;
using Microsoft.CognitiveServices.Speech.Translation;

var speechKey = Environment.GetEnvironmentVariable("SPEECH_KEY"); // want "KL105"
var region = Environment.GetEnvironmentVariable("SPEECH_REGION");
var speechConfig = SpeechConfig.FromSubscription(speechKey, region); // want "KL102"
var translationConfig = SpeechTranslationConfig.FromSubscription(settings.Speech.ApiKey, region); // want "KL102"

// Keyless: an endpoint and a token credential.
var keyless = SpeechConfig.FromEndpoint(new Uri("https://contoso.cognitiveservices.azure.com/"), new Azure.Identity.DefaultAzureCredential());

// The program's own config type of the same shape is not the SDK's.
var own = CacheConfig.FromSubscription(settings.CacheKey, region);

class CacheConfig
{
    public static CacheConfig FromSubscription(string key, string region) => new();
}
