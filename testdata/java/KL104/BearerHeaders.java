import java.net.URI;
import java.net.http.HttpRequest;

class BearerHeaders {
    HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .build();
    }
}
