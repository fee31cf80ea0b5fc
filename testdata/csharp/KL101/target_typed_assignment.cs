using System;
using Azure;

// A target-typed new assigned to a field declared elsewhere: the field's type says which
// client it is.
class Legacy
{
    private Azure.AI.OpenAI.OpenAIClient client;

    void Connect(Uri endpoint, string key)
    {
        client = new(endpoint, new AzureKeyCredential(key)); // want "KL101"
    }
}
