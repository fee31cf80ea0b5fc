import static java.lang.System.getenv;

import com.azure.core.util.Configuration;
import org.springframework.beans.factory.annotation.Value;

class EnvReads {
    String a = System.getenv("AZURE_OPENAI_API_KEY"); // want "KL105"
    String b = getenv("AZURE_SEARCH_KEY"); // want "KL105"
    String c = Configuration.getGlobalConfiguration().get("AZURE_OPENAI_KEY"); // want "KL105"

    @Value("${azure.openai.api-key}") // want "KL105"
    String d;

    String endpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
}
