package com.openai.client;

public interface OpenAIClient { }
