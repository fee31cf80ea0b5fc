using Microsoft.KernelMemory;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureAISearch;

public static class MemoryBuilder
{
    public static void Build(IKernelBuilder builder, AppConfig config)
    {
        builder.AddAzureOpenAIChatCompletion(config.Deployment, config.Endpoint, config.ApiKey); // want "KL102"
        var store = new AzureAISearchMemoryStore(config.SearchEndpoint, config.SearchApiKey); // want "KL102"
    }

    // The program's own helper that names Azure: the key is reported where it reaches an SDK.
    public static string Describe(AppConfig config) => DescribeAzureSetup(config.Endpoint, config.ApiKey);

    static string DescribeAzureSetup(string endpoint, string apiKey) => $"{endpoint} ({apiKey.Length} chars)";
}
