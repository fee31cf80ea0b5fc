package com.azure.ai.openai;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;

public final class OpenAIClientBuilder {
    public OpenAIClientBuilder endpoint(String endpoint) { return this; }
    public OpenAIClientBuilder credential(TokenCredential credential) { return this; }
    public OpenAIClientBuilder credential(KeyCredential credential) { return this; }
    public OpenAIClientBuilder credential(AzureKeyCredential credential) { return this; }
    public OpenAIClient buildClient() { return new OpenAIClient(); }
}
