import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;

// Samples.getClient(apiKey) calls a static method of this file's own class: its body, here, is
// where the key reaches a client (the KL101); the call itself is no finding.
public class Samples {
    static OpenAIClient getClient(String key) {
        return new OpenAIClientBuilder()
            .endpoint("https://example.openai.azure.com")
            .credential(new AzureKeyCredential(key)) // want "KL101"
            .buildClient();
    }

    public static void main(String[] args) {
        String apiKey = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"
        OpenAIClient client = Samples.getClient(apiKey);
        System.out.println(client);
    }
}
