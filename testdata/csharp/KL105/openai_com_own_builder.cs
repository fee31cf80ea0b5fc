using System.ClientModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

// No Azure client, setting or host anywhere: the key read handed to the program's own
// Build... function builds an openai.com client, so it is no Azure key read.
static string? ResolveOpenAIApiKey(string? fromArgs)
{
    var configuration = new ConfigurationBuilder().AddUserSecrets<Program>(true).Build();
    var openAIApiKey = fromArgs
                       ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY")
                       ?? configuration["OpenAIApiKey"];
    return BuildServiceCollection(openAIApiKey) is null ? null : openAIApiKey;
}

static IServiceCollection BuildServiceCollection(string? openAIApiKey)
{
    var services = new ServiceCollection();
    var builder = Kernel.CreateBuilder();
    builder.AddOpenAIEmbeddingGenerator("text-embedding-3-small", openAIApiKey!);
    return services;
}
