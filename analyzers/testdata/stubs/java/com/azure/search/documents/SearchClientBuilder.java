package com.azure.search.documents;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;

public final class SearchClientBuilder {
    public SearchClientBuilder endpoint(String endpoint) { return this; }
    public SearchClientBuilder indexName(String indexName) { return this; }
    public SearchClientBuilder credential(AzureKeyCredential credential) { return this; }
    public SearchClientBuilder credential(TokenCredential credential) { return this; }
    public SearchClient buildClient() { return new SearchClient(); }
}
