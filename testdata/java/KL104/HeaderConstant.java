import feign.RequestInterceptor;
import feign.RequestTemplate;

class AzureOpenAiInterceptor implements RequestInterceptor {
    private static final String HEADER_NAME_API_KEY = "api-key";
    private static final String HEADER_NAME_TRACE = "x-trace-id";
    private final String apiKey;
    private final String traceId;

    AzureOpenAiInterceptor(String apiKey, String traceId) {
        this.apiKey = apiKey;
        this.traceId = traceId;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.header(HEADER_NAME_API_KEY, apiKey); // want "KL104"
        template.header(HEADER_NAME_TRACE, traceId);
    }
}
