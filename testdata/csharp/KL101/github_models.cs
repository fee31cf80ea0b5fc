// GitHub Models: the Azure AI Inference client with a GitHub token in AzureKeyCredential. No
// finding: Entra ID does not work there.
using Azure;
using Azure.AI.Inference;

var credential = new AzureKeyCredential(Environment.GetEnvironmentVariable("GH_TOKEN"));
var client = new ChatCompletionsClient(new Uri("https://models.inference.ai.azure.com"), credential);

var github = new ChatCompletionsClient(new Uri("https://models.github.ai/inference"), new AzureKeyCredential(Environment.GetEnvironmentVariable("MODELS_KEY")));
