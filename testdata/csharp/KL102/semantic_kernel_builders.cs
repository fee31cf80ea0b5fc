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
builder.AddAzureOpenAITextEmbeddingGeneration("text-embedding-3-small", "https://contoso.openai.azure.com", apiKey: config["AzureOpenAI:ApiKey"]); // want "KL102"
builder.AddAzureOpenAIEmbeddingGenerator("text-embedding-3-small", "https://contoso.openai.azure.com", apiKey: config["AzureOpenAI:ApiKey"]); // want "KL102"
builder.Services.AddAzureOpenAIEmbeddingGenerator("text-embedding-3-small", endpoint: "https://contoso.openai.azure.com", apiKey: config["AzureOpenAI:ApiKey"]); // want "KL102"
// Azure AI Inference's TokenCredential overloads ask for Azure ML tokens: no automatic rewrite.
builder.AddAzureAIInferenceChatCompletion("phi-4", config["AzureAIInference:ApiKey"], new Uri("https://contoso.services.ai.azure.com/models")); // want "KL102"
var service = new AzureOpenAIChatCompletionService("gpt-4o", "https://contoso.openai.azure.com", apiKey: config["AzureOpenAI:ApiKey"]); // want "KL102"
