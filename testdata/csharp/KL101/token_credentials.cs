using System;
using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using OpenAI;

// Keyless: any TokenCredential.
var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new DefaultAzureCredential());
var uami = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new ManagedIdentityCredential(clientId));

// openai.com with its own key is not Azure.
var openAI = new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")));
