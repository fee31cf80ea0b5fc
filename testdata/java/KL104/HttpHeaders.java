import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpRequest;

class HttpHeaders {
    static final String KEY = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"

    HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
            .header("api-key", KEY) // want "KL104"
            .build();
    }

    void legacy(HttpURLConnection conn, org.springframework.http.HttpHeaders headers) {
        conn.setRequestProperty("Ocp-Apim-Subscription-Key", KEY); // want "KL104"
        headers.set("api-key", KEY); // want "KL104"
    }
}
