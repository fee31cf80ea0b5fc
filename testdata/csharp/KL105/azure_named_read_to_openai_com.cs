using Microsoft.SemanticKernel;

// An Azure-named read handed to an openai.com registration (here as its orgId) is still an
// Azure key read; openai.com's own key is not.
var kernel = Kernel.CreateBuilder()
    .AddOpenAITextEmbeddingGeneration(
        Environment.GetEnvironmentVariable("OPENAI_EMBEDDING_DEPLOYMENT")!,
        Environment.GetEnvironmentVariable("OPENAI_API_KEY")!,
        Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!) // want "KL105"
    .Build();
