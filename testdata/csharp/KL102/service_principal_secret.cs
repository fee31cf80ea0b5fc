// A service principal's client secret gets Microsoft Entra ID tokens: the keyless path for
// the AI client, whatever the variable is called.
using System;
using Azure.AI.OpenAI;
using Azure.Identity;

var accessKeySecret = Environment.GetEnvironmentVariable("SP_SECRET");
var credential = new ClientSecretCredential("tenant", "client", accessKeySecret);
var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), credential);
