package com.openai.client.okhttp;

import com.openai.client.OpenAIClient;
import com.openai.credential.Credential;

public final class OpenAIOkHttpClient {
    public static Builder builder() { return new Builder(); }
    public static OpenAIClient fromEnv() { return null; }

    public static final class Builder {
        public Builder baseUrl(String baseUrl) { return this; }
        public Builder apiKey(String apiKey) { return this; }
        public Builder credential(Credential credential) { return this; }
        public Builder fromEnv() { return this; }
        public OpenAIClient build() { return null; }
    }
}
