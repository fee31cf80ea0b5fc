import com.azure.ai.vision.imageanalysis.ImageAnalysisClient;
import com.microsoft.azure.cognitiveservices.vision.computervision.ComputerVisionClient;
import com.microsoft.azure.cognitiveservices.vision.computervision.ComputerVisionManager;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.okhttp.OpenAIOkHttpClient;

class StaticFactories {
    static String key = System.getenv("VISION_KEY"); // want "KL105"
    static String endpoint = System.getenv("VISION_ENDPOINT");

    public static void main(String[] args) {
        // The program's own function: the key is reported where it reaches the SDK, below.
        ComputerVisionClient client = authenticate(key, endpoint);
        var openai = OpenAIOkHttpClient.builder()
            .baseUrl(endpoint)
            .credential(AzureApiKeyCredential.create(System.getenv("AZURE_OPENAI_KEY"))) // want "KL101"
            .build();
    }

    static ComputerVisionClient authenticate(String key, String endpoint) {
        return ComputerVisionManager.authenticate(key).withEndpoint(endpoint); // want "KL102"
    }

    // A helper that only formats: no key reaches a client through it.
    static String describe(String key) {
        return Helpers.mask(key);
    }
}
