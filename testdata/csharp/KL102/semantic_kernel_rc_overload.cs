using Microsoft.SemanticKernel;

// Semantic Kernel 1.0.0-rc put modelId second: (deploymentName, modelId, endpoint, apiKey, ...).
// The key is the fourth argument there; the endpoint in third place is not a key.
static class Settings { public static string Key { get; set; } }

public static class RcKernel
{
    public static void Build(IKernelBuilder builder, string apiKey, string azureEndpoint)
    {
        builder.AddAzureOpenAIChatCompletion("gpt-4-32k", "gpt-4-32k", "https://ai-proxy.example.com",
            Settings.Key, serviceId: "gpt4"); // want "KL102"
        builder.AddAzureOpenAIChatCompletion("gpt-35", "gpt-3.5-turbo", azureEndpoint, apiKey, serviceId: "gpt35"); // want "KL102"
        builder.AddAzureOpenAIChatCompletion(deploymentName: "gpt-4", "gpt-4", "https://ai-proxy.example.com", apiKey); // want "KL102"
        builder.AddAzureOpenAITextEmbeddingGeneration("ada", "text-embedding-ada-002", azureEndpoint, apiKey); // want "KL102"
    }

    // Keyless in either order, and 1.x's order with a serviceId in fourth place: the key is third.
    public static void Keyless(IKernelBuilder builder, string apiKey, string azureEndpoint)
    {
        builder.AddAzureOpenAIChatCompletion("gpt-35", "gpt-3.5-turbo", azureEndpoint, new DefaultAzureCredential());
        builder.AddAzureOpenAIChatCompletion("gpt-4o", azureEndpoint, new DefaultAzureCredential(), "gpt4o");
        builder.AddAzureOpenAIChatCompletion("gpt-4o", azureEndpoint, apiKey, "gpt4o"); // want "KL102"
    }
}
