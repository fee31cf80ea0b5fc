import com.azure.ai.vision.imageanalysis.*;
import com.azure.core.credential.KeyCredential;

class WildcardVisionBuilder {
    ImageAnalysisClient client() {
        String endpoint = System.getenv("VISION_ENDPOINT");
        String key = System.getenv("VISION_KEY"); // want "KL105"
        // A KeyCredential given to an Azure AI builder imported by wildcard: the Vision service's key.
        return new ImageAnalysisClientBuilder()
            .endpoint(endpoint)
            .credential(new KeyCredential(key)) // want "KL101"
            .buildClient();
    }
}
