// Keys reaching APIs keylint has no table for, in a file that talks to Azure.
using Azure.AI.OpenAI;
using AutoGen.OpenAI;

var azureOpenAiServiceKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
var gptConfig = new AzureOpenAIConfig("https://contoso.openai.azure.com", "gpt-4o", azureOpenAiServiceKey); // want "KL102"
Console.WriteLine($"key set: {azureOpenAiServiceKey != null}");
var settings = new AppSettings { ApiKey = azureOpenAiServiceKey };

record AppSettings
{
    public string? ApiKey { get; init; }
}
