using System;
using Azure;
using Azure.AI.OpenAI;

#if DEBUG
var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"))); // want "KL101"
#else
var client = new AzureOpenAIClient(new Uri(endpoint), new Azure.Identity.DefaultAzureCredential());
#endif
