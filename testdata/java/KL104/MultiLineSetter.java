import java.net.HttpURLConnection;

// A header setter written over several lines is reported where the header's name is.
class MultiLineSetter {
    static String endpoint = "https://example.cognitiveservices.azure.com/vision/v3.2/analyze";

    static void analyze(HttpURLConnection connection, String key) {
        connection.setRequestProperty(
            "Ocp-Apim-Subscription-Key", // want "KL104"
            key);
        connection.setRequestProperty(
            "Content-Type",
            "application/json");
    }
}
