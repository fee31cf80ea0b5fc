using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;

var builder = Kernel.CreateBuilder();
builder.AddAzureOpenAIChatCompletion(
    deploymentName: "gpt-4o",
    endpoint: config["AzureOpenAI:Endpoint"],
    apiKey: config["AzureOpenAI:ApiKey"]); // want "KL102"
builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com", Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")); // want "KL102"
builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com", new DefaultAzureCredential());
builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com", apiKey: null);
