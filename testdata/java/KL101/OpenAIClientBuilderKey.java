import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.KeyCredential;

class OpenAIClientBuilderKey {
    OpenAIClient build(String endpoint) {
        return new OpenAIClientBuilder()
            .credential(new AzureKeyCredential(System.getenv("AZURE_OPENAI_API_KEY"))) // want "KL101"
            .endpoint(endpoint)
            .buildClient();
    }

    // A KeyCredential with no Azure endpoint: azure-ai-openai's client for openai.com.
    OpenAIClient nonAzure(String key) {
        return new OpenAIClientBuilder()
            .credential(new KeyCredential(key))
            .buildClient();
    }

    OpenAIClient keyCredentialToAzure(String key) {
        return new OpenAIClientBuilder()
            .endpoint("https://my-resource.openai.azure.com")
            .credential(new KeyCredential(key)) // want "KL101"
            .buildClient();
    }
}
