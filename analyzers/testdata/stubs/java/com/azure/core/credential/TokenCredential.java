package com.azure.core.credential;

public interface TokenCredential {
    default AccessToken getTokenSync(TokenRequestContext request) { return new AccessToken(); }
}
