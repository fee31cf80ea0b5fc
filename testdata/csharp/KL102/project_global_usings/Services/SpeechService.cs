// No using directive here: the Speech SDK and Azure.AI.TextAnalytics come from the project's
// global usings (Usings.cs, the .csproj's <Using Include>), so these are the SDKs' clients.
namespace App.Services
{
    public static class SpeechService
    {
        const string SpeechKey = "<speech key>";

        public static SpeechConfig Config()
        {
            return SpeechConfig.FromSubscription(
                SpeechKey, // want "KL102"
                "eastus");
        }

        public static TextAnalyticsClient Language(string key)
        {
            return new TextAnalyticsClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential(key)); // want "KL101"
        }
    }
}
