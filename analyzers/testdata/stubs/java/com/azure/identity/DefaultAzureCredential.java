package com.azure.identity;

public final class DefaultAzureCredential implements com.azure.core.credential.TokenCredential { }
