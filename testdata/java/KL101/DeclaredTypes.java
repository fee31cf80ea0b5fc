import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.search.documents.SearchClient;
import com.azure.search.documents.SearchClientBuilder;

// Where a key credential goes decides whether it can become a TokenCredential: the fix
// changes declared types, and leaves alone what would then not compile.
class DeclaredTypes {
    private final AzureKeyCredential credential;
    private AzureKeyCredential rotating = new AzureKeyCredential(System.getenv("AZURE_SEARCH_KEY")); // want "KL101"

    DeclaredTypes(String key) {
        this.credential = new AzureKeyCredential(key); // want "KL101"
    }

    OpenAIClient client(String endpoint) {
        return new OpenAIClientBuilder().endpoint(endpoint).credential(credential).buildClient();
    }

    SearchClient search(String endpoint) {
        var local = new AzureKeyCredential(System.getenv("AZURE_SEARCH_KEY")); // want "KL101"
        return new SearchClientBuilder().endpoint(endpoint).indexName("i").credential(local).buildClient();
    }

    void rotate(String key) {
        rotating.update(key); // only a key credential has update(): no fix for rotating
    }

    AzureKeyCredential returned(String key) {
        return new AzureKeyCredential(key); // want "KL101"
    }

    void passed(String key) {
        use(new AzureKeyCredential(key)); // want "KL101"
    }

    void use(AzureKeyCredential c) {
    }
}
