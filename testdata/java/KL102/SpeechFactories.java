import com.azure.identity.DefaultAzureCredentialBuilder;
import com.microsoft.cognitiveservices.speech.SpeechConfig;
import java.net.URI;

// The Speech SDK takes the key by position; the field holding it is named just key.
class SpeechFactories {
    private String key;
    private String region;

    SpeechConfig config() {
        return SpeechConfig.fromSubscription(key, region); // want "KL102"
    }

    SpeechConfig placeholder() {
        return SpeechConfig.fromSubscription("YourSubscriptionKey", "westus"); // want "KL102"
    }

    SpeechConfig keyless() throws Exception {
        return SpeechConfig.fromEndpoint(new URI("https://contoso.cognitiveservices.azure.com/"), new DefaultAzureCredentialBuilder().build());
    }
}
