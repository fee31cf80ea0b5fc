package com.azure.search.documents;

public final class SearchClient { }
