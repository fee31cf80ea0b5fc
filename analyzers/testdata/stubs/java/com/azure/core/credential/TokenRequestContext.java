package com.azure.core.credential;

public class TokenRequestContext {
    public TokenRequestContext addScopes(String... scopes) { return this; }
}
