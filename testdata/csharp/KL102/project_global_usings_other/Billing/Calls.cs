// SpeechConfig here is the telephony library's (a global using names Acme.Telephony), and a
// Subscription key is its account's: not an Azure AI key.
namespace Billing
{
    public static class Calls
    {
        public static object Config(string subscriptionKey) => SpeechConfig.FromSubscription(subscriptionKey, "eu");
    }
}
