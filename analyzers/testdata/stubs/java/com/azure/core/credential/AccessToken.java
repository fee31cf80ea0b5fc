package com.azure.core.credential;

public class AccessToken {
    public String getToken() { return ""; }
}
