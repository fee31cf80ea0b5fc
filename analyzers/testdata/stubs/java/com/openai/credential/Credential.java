package com.openai.credential;

public interface Credential { }
