import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.KeyCredential;

// Reads whose other uses are checks of the key: when the credential the key fed becomes
// keyless, a check that the key is set chooses Azure by its endpoint instead, and a check
// that the required settings are there no longer requires the key.
class KeyChecks {
    private static final String CLIENT_KEY = System.getenv("CLIENT_KEY");
    private static final String AZURE_CLIENT_KEY = System.getenv("AZURE_CLIENT_KEY"); // want "KL105"

    // Only required if AZURE_CLIENT_KEY is set
    private static final String CLIENT_ENDPOINT = System.getenv("CLIENT_ENDPOINT");

    OpenAIClient chosen() {
        OpenAIClient client;
        if (AZURE_CLIENT_KEY != null) {
            client = new OpenAIClientBuilder()
                .credential(new AzureKeyCredential(AZURE_CLIENT_KEY)) // want "KL101"
                .endpoint(CLIENT_ENDPOINT)
                .buildClient();
        } else {
            client = new OpenAIClientBuilder()
                .credential(new KeyCredential(CLIENT_KEY))
                .buildClient();
        }
        return client;
    }

    OpenAIClient chosenAgain() {
        return AZURE_CLIENT_KEY == null
            ? new OpenAIClientBuilder().credential(new KeyCredential(CLIENT_KEY)).buildClient()
            : new OpenAIClientBuilder().endpoint(CLIENT_ENDPOINT).credential(new AzureKeyCredential(AZURE_CLIENT_KEY)).buildClient(); // want "KL101"
    }

    static OpenAIClient required() {
        String endpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
        String key = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"
        if (endpoint == null || (key == null)) {
            System.out.println("Set AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY.");
            System.exit(1);
        }
        return new OpenAIClientBuilder()
            .endpoint(endpoint)
            .credential(new AzureKeyCredential(key)) // want "KL101"
            .buildClient();
    }

    static OpenAIClient requiredBoth() {
        String azureEndpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
        String openAIKey = System.getenv("AZURE_OPENAI_KEY"); // want "KL105"
        if (azureEndpoint != null && !openAIKey.isBlank()) {
            return new OpenAIClientBuilder()
                .endpoint(azureEndpoint)
                .credential(new AzureKeyCredential(openAIKey)) // want "KL101"
                .buildClient();
        }
        return null;
    }
}
