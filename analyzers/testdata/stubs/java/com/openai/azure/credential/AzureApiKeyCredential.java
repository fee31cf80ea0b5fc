package com.openai.azure.credential;

import com.openai.credential.Credential;

public final class AzureApiKeyCredential implements Credential {
    public static AzureApiKeyCredential create(String apiKey) { return new AzureApiKeyCredential(); }
}
