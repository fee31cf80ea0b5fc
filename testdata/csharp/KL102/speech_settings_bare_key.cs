using System;
using Microsoft.CognitiveServices.Speech;

// Settings classes whose key property is named just Key: no other key word in the file.
public class CognitiveServiceSettings
{
    public Uri Endpoint { get; set; }
    public string Key { get; set; }
    public string Region { get; set; }
}

public class SpeechServiceSettings : CognitiveServiceSettings
{
    public SpeechConfig SpeechConfig
    {
        get => SpeechConfig.FromSubscription(Key, Region); // want "KL102"
    }

    // Keyless: an Entra ID token from the hosting identity.
    public SpeechConfig TokenConfig(string token) => SpeechConfig.FromAuthorizationToken(token, Region);
}

public static class Quickstart
{
    // A placeholder to fill in is key auth all the same.
    public static SpeechConfig Placeholder() => SpeechConfig.FromSubscription("key", "region"); // want "KL102"

    public static SpeechConfig Endpoint(string k) => SpeechConfig.FromEndpoint(new Uri("https://westus.api.cognitive.microsoft.com"), k); // want "KL102"

    // The endpoint alone: the token is set later, keyless.
    public static SpeechConfig EndpointOnly() => SpeechConfig.FromEndpoint(new Uri("https://westus.api.cognitive.microsoft.com"));
}
