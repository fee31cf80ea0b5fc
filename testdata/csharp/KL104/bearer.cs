using System.Net.Http;
using System.Net.Http.Headers;
using Azure.Identity;

var token = await new DefaultAzureCredential().GetTokenAsync(new(new[] { "https://cognitiveservices.azure.com/.default" }));
var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
http.DefaultRequestHeaders.Remove("api-key");
