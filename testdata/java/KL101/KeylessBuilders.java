import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;

class KeylessBuilders {
    OpenAIClient build(String endpoint) {
        return new OpenAIClientBuilder()
            .credential(new DefaultAzureCredentialBuilder().build())
            .endpoint(endpoint)
            .buildClient();
    }

    OpenAIClient managed(String endpoint, String clientId) {
        return new OpenAIClientBuilder()
            .credential(new ManagedIdentityCredentialBuilder().clientId(clientId).build())
            .endpoint(endpoint)
            .buildClient();
    }
}
