import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.KeyCredential;

// Checks of a key that say more than whether the key is needed keep the read: the endpoint
// is used where the key is not set too, the key is printed, the check mixes "set" and
// "missing", or the check decides something besides the client.
class KeyChecksKept {
    private static final String CLIENT_KEY = System.getenv("CLIENT_KEY");
    private static final String AZURE_CLIENT_KEY = System.getenv("AZURE_CLIENT_KEY"); // want "KL105"
    private static final String CLIENT_ENDPOINT = System.getenv("CLIENT_ENDPOINT");

    OpenAIClient shared() {
        if (AZURE_CLIENT_KEY != null) {
            return new OpenAIClientBuilder()
                .credential(new AzureKeyCredential(AZURE_CLIENT_KEY)) // want "KL101"
                .endpoint(CLIENT_ENDPOINT)
                .buildClient();
        }
        return new OpenAIClientBuilder()
            .credential(new KeyCredential(CLIENT_KEY))
            .endpoint(CLIENT_ENDPOINT)
            .buildClient();
    }

    static OpenAIClient printed() {
        String printedEndpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
        String printedKey = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"
        if (printedEndpoint == null || printedKey == null) {
            System.out.println("Missing settings; printedKey: " + printedKey);
        }
        return new OpenAIClientBuilder()
            .endpoint(printedEndpoint)
            .credential(new AzureKeyCredential(printedKey)) // want "KL101"
            .buildClient();
    }

    static OpenAIClient mixed() {
        String mixedEndpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
        String mixedKey = System.getenv("AZURE_OPENAI_KEY"); // want "KL105"
        if (mixedEndpoint == null || mixedKey != null) {
            return new OpenAIClientBuilder()
                .endpoint(mixedEndpoint)
                .credential(new AzureKeyCredential(mixedKey)) // want "KL101"
                .buildClient();
        }
        return null;
    }

    static boolean configured() {
        String searchKey = System.getenv("AZURE_SEARCH_KEY"); // want "KL105"
        boolean ok = searchKey != null;
        new OpenAIClientBuilder().endpoint("https://contoso.openai.azure.com").credential(new AzureKeyCredential(searchKey)).buildClient(); // want "KL101"
        return ok;
    }
}
