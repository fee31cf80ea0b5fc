import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

// A client builder that must be given some key, when a credential or an interceptor
// authenticates: a value saying there is no key is none.
class NoAuthPlaceholder {
    private static final String NO_AUTH_PLACEHOLDER_KEY = "no-auth-placeholder";

    OpenAIClient keylessThroughInterceptor(String baseUrl) {
        return OpenAIOkHttpClient.builder()
            .apiKey(NO_AUTH_PLACEHOLDER_KEY)
            .baseUrl(baseUrl + "/openai/v1/")
            .build();
    }

    OpenAIClient keyed(String baseUrl) {
        return OpenAIOkHttpClient.builder()
            .apiKey(System.getenv("AZURE_OPENAI_API_KEY")) // want "KL102"
            .baseUrl("https://contoso.openai.azure.com/openai/v1/")
            .build();
    }
}
