import com.azure.ai.inference.ChatCompletionsClient;
import com.azure.ai.inference.ChatCompletionsClientBuilder;
import com.azure.core.credential.AzureKeyCredential;

// Azure AI Inference's builder asks for tokens of another scope with a TokenCredential: the
// key credential gets no automatic rewrite.
class InferenceBuilder {
    ChatCompletionsClient client(String key) {
        return new ChatCompletionsClientBuilder()
            .endpoint("https://contoso.services.ai.azure.com/models")
            .credential(new AzureKeyCredential(key)) // want "KL101"
            .buildClient();
    }
}
