import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;

// A demo of retries that is meant to fail: the key says so, and gets no rewrite.
class RetryDemo {
    OpenAIClient failing() {
        return new OpenAIClientBuilder()
            .endpoint("https://contoso.openai.azure.com")
            .credential(new AzureKeyCredential("BAD KEY")) // want "KL101"
            .buildClient();
    }
}
