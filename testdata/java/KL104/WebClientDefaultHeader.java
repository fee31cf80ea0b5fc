import org.springframework.web.reactive.function.client.WebClient;

class WebClientDefaultHeader {
    static final String OPENAI_URL = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions";
    static final String OPENAI_API_KEY = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"

    WebClient keyed() {
        return WebClient.builder().baseUrl(OPENAI_URL)
            .defaultHeader("Content-Type", "application/json")
            .defaultHeader("api-key", OPENAI_API_KEY).build(); // want "KL104"
    }

    WebClient keyless(String token) {
        return WebClient.builder().baseUrl(OPENAI_URL)
            .defaultHeader("Authorization", "Bearer " + token).build();
    }
}
