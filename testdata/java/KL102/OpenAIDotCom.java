import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

class OpenAIDotCom {
    // openai.com: a key is how that service works.
    OpenAIClient client() {
        return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY")).build();
    }
}
