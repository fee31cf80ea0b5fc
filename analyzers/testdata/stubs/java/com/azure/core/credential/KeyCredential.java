package com.azure.core.credential;

public class KeyCredential {
    public KeyCredential(String key) { }
    public String getKey() { return ""; }
}
