package com.azure.core.credential;

public class AzureKeyCredential extends KeyCredential {
    public AzureKeyCredential(String key) { super(key); }
    public AzureKeyCredential update(String key) { return this; }
}
