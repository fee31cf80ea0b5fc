using System;
using System.ClientModel;
using Azure;
using Azure.AI.OpenAI;
using Azure.Search.Documents;

var endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT")!);
var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"

AzureOpenAIClient client = new(endpoint, new AzureKeyCredential(key)); // want "KL101"
var qualified = new Azure.AI.OpenAI.AzureOpenAIClient(endpoint, new Azure.AzureKeyCredential(key)); // want "KL101"
AzureKeyCredential targetTyped = new(key); // want "KL101"
var apiKeyClient = new AzureOpenAIClient(endpoint, new ApiKeyCredential(key)); // want "KL101"
var search = new SearchClient(new Uri("https://s.search.windows.net"), "hotels", new AzureKeyCredential(Environment.GetEnvironmentVariable("SEARCH_KEY"))); // want "KL101"
