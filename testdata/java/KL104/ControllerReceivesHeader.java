import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

// A server reading the api-key header its own callers send: no request to Azure carries it.
@RestController
class ProxyController {
    @PostMapping("/openai/deployments/{name}/chat/completions")
    String chat(@RequestHeader("api-key") String callerKey, String body) {
        return body;
    }

    @PostMapping("/v1/check")
    String check(@RequestHeader(value = "Ocp-Apim-Subscription-Key", required = false) String key) {
        return key == null ? "anonymous" : "keyed";
    }
}
