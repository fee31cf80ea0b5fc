// Settings read into static fields of a holder class and used from another class, and a read
// in a conditional's branch from a configuration named cfg: each is the key's read when the
// value reaches a key credential. A model name, and a key-named setting that reaches no
// client, are not reported.
using System;
using Azure;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Configuration;

public static class Globals
{
    private static readonly IConfiguration config = new ConfigurationBuilder().AddJsonFile("appsettings.json").Build();
    public static readonly string? openAIKey = config["OPENAI_KEY"]; // want "KL105"
    public static readonly string? openAIEndpoint = config["OPENAI_ENDPOINT"];
    public static readonly string? openAIModel = config["OPENAI_CHAT_MODEL"];
    public static readonly string? unusedKey = config["LEGACY_KEY"];
}

public class Program
{
    public static void Main()
    {
        var client = new AzureOpenAIClient(new Uri(Globals.openAIEndpoint!), new AzureKeyCredential(Globals.openAIKey!)); // want "KL101"
    }

    public static AzureOpenAIClient FromRequest(IConfiguration cfg, string? envKey)
    {
        string? key = !string.IsNullOrWhiteSpace(envKey)
            ? envKey
            : cfg["AzureOpenAI:ApiKey"]; // want "KL105"
        return new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential(key!)); // want "KL101"
    }
}
