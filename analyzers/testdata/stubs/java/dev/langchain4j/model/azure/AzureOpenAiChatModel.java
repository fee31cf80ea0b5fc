package dev.langchain4j.model.azure;

import com.azure.core.credential.TokenCredential;

public class AzureOpenAiChatModel {
    public static Builder builder() { return new Builder(); }

    public static class Builder {
        public Builder endpoint(String endpoint) { return this; }
        public Builder apiKey(String apiKey) { return this; }
        public Builder tokenCredential(TokenCredential tokenCredential) { return this; }
        public Builder deploymentName(String deploymentName) { return this; }
        public AzureOpenAiChatModel build() { return new AzureOpenAiChatModel(); }
    }
}
