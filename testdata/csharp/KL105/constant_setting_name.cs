using System;
using Azure;
using Azure.AI.OpenAI;

// The setting's name is a constant of the file (a notebook cell's, often).
const string ENV_VAR_NAME_OPENAI_API_KEY = "AzureOpenAIKey";
const string ENV_VAR_NAME_ENDPOINT = "AzureOpenAIEndpoint";

string key = Environment.GetEnvironmentVariable(ENV_VAR_NAME_OPENAI_API_KEY); // want "KL105"
string endpoint = Environment.GetEnvironmentVariable(ENV_VAR_NAME_ENDPOINT);
var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key)); // want "KL101"
