import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;

// A private field read from the environment whose only use the rewrite removes goes with it;
// a field other classes may read stays.
class FieldReads {
    private static final String KEY = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"
    static final String SHARED_KEY = System.getenv("AZURE_OPENAI_KEY"); // want "KL105"

    OpenAIClient client() {
        return new OpenAIClientBuilder()
            .endpoint("https://contoso.openai.azure.com")
            .credential(new AzureKeyCredential(KEY)) // want "KL101"
            .buildClient();
    }

    OpenAIClient shared() {
        return new OpenAIClientBuilder()
            .endpoint("https://contoso.openai.azure.com")
            .credential(new AzureKeyCredential(SHARED_KEY)) // want "KL101"
            .buildClient();
    }
}
