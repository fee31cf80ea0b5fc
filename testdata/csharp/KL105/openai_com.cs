using System.ClientModel;
using OpenAI.Chat;

var client = new ChatClient("gpt-4o", new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")));
