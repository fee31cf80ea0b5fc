using System;
using Azure;
using Azure.AI.OpenAI;
using OpenAI.Chat;

var endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT")!);
var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!;

AzureOpenAIClient azureClient = new(endpoint, new AzureKeyCredential(key));
ChatClient chat = azureClient.GetChatClient("gpt-4o");
Console.WriteLine(chat.CompleteChat("hello").Value.Content[0].Text);
