package com.azure.core.credential;

public interface TokenCredential { }
