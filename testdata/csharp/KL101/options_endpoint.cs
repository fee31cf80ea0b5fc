// An OpenAI client pointed at Azure through its options object: the key credential it is
// given is an Azure one.
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

var apiKey = args[0];
var foundry = new OpenAIClientOptions { Endpoint = new Uri("https://contoso.services.ai.azure.com/openai/v1/") };
var azureChat = new ChatClient("gpt-4o", new ApiKeyCredential(apiKey), foundry); // want "KL101"
var inline = new ChatClient("gpt-4o", new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_FOUNDRY_ENDPOINT")) }); // want "KL101"

// The same client at a local server, or at openai.com: not Azure's key.
var local = new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") };
var ollama = new ChatClient("llama3", new ApiKeyCredential(apiKey), local);
var openai = new ChatClient("gpt-4o", new ApiKeyCredential(apiKey), new OpenAIClientOptions());
