import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;

class Models {
    AzureOpenAiChatModel chat() {
        return AzureOpenAiChatModel.builder()
            .endpoint(System.getenv("AZURE_OPENAI_ENDPOINT"))
            .apiKey(System.getenv("AZURE_OPENAI_KEY")) // want "KL102"
            .deploymentName("gpt-4o")
            .build();
    }

    OpenAIClient v1() {
        return OpenAIOkHttpClient.builder()
            .baseUrl("https://contoso.openai.azure.com/openai/v1/")
            .apiKey(System.getenv("AZURE_OPENAI_API_KEY")) // want "KL102"
            .build();
    }
}
