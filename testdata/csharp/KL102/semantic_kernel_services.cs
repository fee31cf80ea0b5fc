using Microsoft.SemanticKernel.Connectors.AzureOpenAI;

// Semantic Kernel's connector services take (deploymentName, endpoint, apiKey): a placeholder
// there is key authentication once filled in.
var embeddings = new AzureOpenAITextEmbeddingGenerationService(
    "%DEPLOYMENT_NAME%",
    "%AZURE_OPENAI_ENDPOINT%",
    "%AZURE_OPENAI_API_KEY%"); // want "KL102"

// The (deploymentName, client, modelId) overload: its third argument is a model.
var chat = new AzureOpenAIChatCompletionService("gpt-4o", azureOpenAIClient, "gpt-4o-2024-08-06");
