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

public static class News
{
    // Another service's key, shaped like an Azure one, in a file that calls Azure: KL106 at most
    // where it is named as an Azure key, never KL102 to a client that names no Azure service.
    public static object Client() => new NewsApiClient("288e5576cf624fec9fed057fc290fb29");
}
