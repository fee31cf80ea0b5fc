import com.azure.ai.openai.OpenAIClientBuilder;
import org.example.ai.AzureChatModel;

// Keys reaching APIs keylint has no table for, in a file that talks to Azure.
class GenericSinks {
    static final String AZURE_KEY = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"

    Object model() {
        return AzureChatModel.builder().endpoint("https://contoso.openai.azure.com").apiKey(AZURE_KEY).build(); // want "KL102"
    }

    void log() {
        System.out.println("key present: " + (AZURE_KEY != null));
    }
}
