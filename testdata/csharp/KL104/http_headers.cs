using System;
using System.Net.Http;

var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
var http = new HttpClient();
http.DefaultRequestHeaders.Add("api-key", key); // want "KL104"
var request = new HttpRequestMessage(HttpMethod.Post, "https://contoso.openai.azure.com/openai/v1/chat/completions");
request.Headers.Add("Ocp-Apim-Subscription-Key", key); // want "KL104"
request.Headers.TryAddWithoutValidation("api-key", key); // want "KL104"
