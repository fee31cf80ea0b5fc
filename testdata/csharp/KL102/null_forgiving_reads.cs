using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;

public static class Kernels
{
    // Pre-1.0 Semantic Kernel: (deployment, endpoint, apiKey). The null-forgiving ! wraps the
    // setting read; the key is still what the builder gets.
    public static IKernel Build(IConfiguration configuration) =>
        new KernelBuilder()
            .WithAzureTextCompletionService(
                configuration["AzureTextCompletionService:ModelId"]!,
                configuration["AzureTextCompletionService:Endpoint"]!,
                configuration["AzureTextCompletionService:Key"]!)  // want "KL102"
            .WithAzureOpenAIChatCompletionService(
                configuration["AzureChatCompletionService:ModelId"]!,
                configuration["AzureChatCompletionService:Endpoint"]!,
                (configuration["AzureChatCompletionService:Key"]!))  // want "KL102"
            .Build();

    // The deployment and endpoint reads under ! are not keys.
    public static IKernel Keyless(IConfiguration configuration, Azure.Core.TokenCredential credential) =>
        new KernelBuilder()
            .WithAzureOpenAIChatCompletionService(
                configuration["AzureChatCompletionService:ModelId"]!,
                configuration["AzureChatCompletionService:Endpoint"]!,
                credential)
            .Build();
}
