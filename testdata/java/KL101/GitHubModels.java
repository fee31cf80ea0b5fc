import com.azure.ai.inference.ChatCompletionsClient;
import com.azure.ai.inference.ChatCompletionsClientBuilder;
import com.azure.core.credential.AzureKeyCredential;

// GitHub Models with a GitHub token in AzureKeyCredential: no finding.
class GitHubModels {
    ChatCompletionsClient github() {
        return new ChatCompletionsClientBuilder()
            .credential(new AzureKeyCredential(System.getenv("GITHUB_TOKEN")))
            .endpoint("https://models.github.ai/inference")
            .buildClient();
    }

    ChatCompletionsClient legacy(String key) {
        return new ChatCompletionsClientBuilder()
            .endpoint("https://models.inference.ai.azure.com")
            .credential(new AzureKeyCredential(key))
            .buildClient();
    }
}
