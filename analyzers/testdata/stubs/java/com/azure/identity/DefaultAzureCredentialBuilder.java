package com.azure.identity;

public class DefaultAzureCredentialBuilder {
    public DefaultAzureCredentialBuilder managedIdentityClientId(String clientId) { return this; }
    public DefaultAzureCredential build() { return new DefaultAzureCredential(); }
}
