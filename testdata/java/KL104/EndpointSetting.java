import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;

// The endpoint comes from a setting whose name says the service: the Language service (Text
// Analytics) takes Entra ID tokens on the resource's custom subdomain, which
// TEXT_ANALYTICS_ENDPOINT must be.
class EndpointSetting {
    static String subscriptionKey = System.getenv("TEXT_ANALYTICS_SUBSCRIPTION_KEY");
    static String endpoint = System.getenv("TEXT_ANALYTICS_ENDPOINT");

    static void sentiment(byte[] body) throws Exception {
        URL url = new URL(endpoint + "/text/analytics/v3.0/sentiment");
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "text/json");
        connection.setRequestProperty("Ocp-Apim-Subscription-Key", subscriptionKey); // want "KL104"
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
    }
}
