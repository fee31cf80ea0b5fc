using Azure;
using Azure.AI.DocumentIntelligence;
using Microsoft.Extensions.Configuration;

// The environment name read while building the configuration is no key: the key is the
// setting read from the built configuration, not what built it.
IConfiguration config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production"}.json", optional: true)
    .Build();

string? endpoint = config["AzureDocumentIntelligence:Endpoint"];
string? key = config["AzureDocumentIntelligence:Key"]; // want "KL105"

AzureKeyCredential credential = new AzureKeyCredential(key); // want "KL101"
DocumentIntelligenceClient client = new DocumentIntelligenceClient(new Uri(endpoint), credential);
