package com.azure.ai.openai;

public final class OpenAIClient { }
