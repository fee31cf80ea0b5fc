// RestSharp sets headers with AddHeader; the api-key one is key auth. Other headers and reads
// of the header are not.
using System;
using RestSharp;

class CompletionsService
{
    static RestRequest Create(string body)
    {
        var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"); // want "KL105"
        var request = new RestRequest("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", Method.Post);
        request.AddHeader("Content-Type", "application/json");
        request.AddHeader("api-key", apiKey); // want "KL104"
        request.AddBody(body, "application/json");
        var echoed = request.GetHeader("api-key", "none");
        request.RemoveHeader("api-key", "x");
        return request;
    }
}
