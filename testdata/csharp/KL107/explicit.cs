using System;
using Azure.AI.OpenAI;
using Azure.Identity;

var keyless = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new DefaultAzureCredential(), new AzureOpenAIClientOptions());
var credentialVar = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), credential);
