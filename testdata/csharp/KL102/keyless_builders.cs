using Azure.Identity;
using Microsoft.SemanticKernel;

// Keyless Semantic Kernel setup: a TokenCredential instead of apiKey.
var builder = Kernel.CreateBuilder();
builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com", new DefaultAzureCredential());
builder.AddAzureOpenAIChatCompletion(deploymentName: "gpt-4o", endpoint: "https://contoso.openai.azure.com", credentials: credential);
builder.AddOpenAIChatCompletion("gpt-4o", apiKey: Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
