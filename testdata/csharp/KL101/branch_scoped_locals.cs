// Two branches declare their own apiKey: the Azure branch's key reaches an Azure client, the
// LiteLLM branch's (a local proxy) reaches OpenAI's client. Each use sees only its branch's value.
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Chat;
using System.ClientModel;

var builder = WebApplication.CreateBuilder(args);
var provider = builder.Configuration["LlmProvider"] ?? "LiteLLM";
ChatClient chatClient;

if (provider == "AzureOpenAI")
{
    var section = builder.Configuration.GetSection("AzureOpenAI");
    var endpoint = section["Endpoint"];
    var apiKey = section["ApiKey"]; // want "KL105"
    chatClient = new AzureOpenAIClient(new Uri(endpoint), new Azure.AzureKeyCredential(apiKey)).GetChatClient("gpt-4o"); // want "KL101"
}
else
{
    var section = builder.Configuration.GetSection("LiteLLM");
    var endpoint = section["Endpoint"] ?? "http://localhost:4000/v1";
    var apiKey = section["ApiKey"] ?? "sk-local";
    var client = new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri(endpoint) });
    chatClient = client.GetChatClient("gpt-4.1");
}
