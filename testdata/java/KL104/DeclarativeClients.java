import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;

// Declarative HTTP clients: the interface's annotations are the request the client sends.
@FeignClient(name = "deployments", url = "${azure.openai.endpoint}")
interface DeploymentsClient {
    @GetMapping("/openai/deployments")
    List<String> list(@RequestHeader("Api-Key") String apiKey); // want "KL104"

    @PostMapping("/openai/deployments/chat/chat/completions")
    String chat(@RequestHeader(value = "api-key") String key, @RequestBody String body); // want "KL104"

    @GetMapping("/openai/models")
    List<String> models(@RequestHeader(name = "Ocp-Apim-Subscription-Key") String key); // want "KL104"

    @GetMapping("/openai/models")
    List<String> modelsWithToken(@RequestHeader("Authorization") String bearer);
}

interface RetrofitCompletions {
    @POST("openai/deployments/gpt/chat/completions")
    Call<String> complete(@Header("api-key") String key, @Body String body); // want "KL104"

    @Headers({"Content-Type: application/json", "api-key: {key}"}) // want "KL104"
    @POST("openai/deployments/gpt/embeddings")
    Call<String> embed(@Body String body);

    @Headers("Content-Type: application/json")
    @POST("openai/deployments/gpt/embeddings")
    Call<String> embedKeyless(@Header("Authorization") String bearer, @Body String body);
}
