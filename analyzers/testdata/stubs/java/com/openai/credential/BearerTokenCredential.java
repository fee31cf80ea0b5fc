package com.openai.credential;

import java.util.function.Supplier;

public final class BearerTokenCredential implements Credential {
    public static BearerTokenCredential create(String token) { return new BearerTokenCredential(); }
    public static BearerTokenCredential create(Supplier<String> tokenSupplier) { return new BearerTokenCredential(); }
}
