using Azure.AI.OpenAI;

var noCredential = new AzureOpenAIClient(); // want "KL107"
var optionsOnly = new AzureOpenAIClient(new AzureOpenAIClientOptions()); // want "KL107"
