// A .NET Aspire AppHost: AddParameter declares a secret the developer supplies, and
// WithEnvironment hands it to a project's environment. Neither authenticates with the key;
// the project that reads AzureOpenAI__ApiKey and builds the client is where it is reported.
var builder = DistributedApplication.CreateBuilder(args);

var aoaiEndpoint = builder.AddParameter("AzureOpenAIEndpoint", secret: false);
var aoaiApiKey = builder.AddParameter("AzureOpenAIApiKey", secret: true);

var backend = builder.AddProject<Projects.AgentBackend>("agentbackend")
    .WithEnvironment("AzureOpenAI__Endpoint", aoaiEndpoint)
    .WithEnvironment("AzureOpenAI__ApiKey", aoaiApiKey)
    .WithExternalHttpEndpoints();

builder.Build().Run();
