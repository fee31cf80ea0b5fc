import java.net.HttpURLConnection;

// QnA Maker authoring and a regional endpoint keep their key headers: QnA Maker takes no
// Entra ID token, and a regional api.cognitive.microsoft.com endpoint takes none either.
class KeyOnlyEndpointSettings {
    static String authoring = System.getenv("QNA_MAKER_AUTHORING_ENDPOINT") + "/qnamaker/v4.0/knowledgebases";

    static void create(HttpURLConnection connection, String key) {
        connection.setRequestProperty("Ocp-Apim-Subscription-Key", key); // want "KL104"
    }
}

class Regional {
    static String endpoint = "https://westus.api.cognitive.microsoft.com" + "/vision/v3.2/analyze";

    static void analyze(HttpURLConnection connection) {
        connection.setRequestProperty("Ocp-Apim-Subscription-Key", System.getenv("COMPUTER_VISION_SUBSCRIPTION_KEY")); // want "KL104"
    }
}
