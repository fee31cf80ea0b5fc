using System;
using System.Net.Http;
using System.Threading.Tasks;

// A client class's key path: the key its caller passed to the constructor, kept in a field
// and sent to https://contoso.openai.azure.com/openai/v1. The headers are reported but keep
// the key: a DefaultAzureCredential of the class's own would ignore the caller's choice.
class ChatClient
{
    private readonly string _apiKey;
    private string ApiKey { get; }
    private readonly HttpClient _http = new HttpClient();

    public ChatClient(string apiKey)
    {
        _apiKey = apiKey;
        ApiKey = apiKey;
    }

    public async Task<string> Complete(string body)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "https://contoso.openai.azure.com/openai/v1/chat/completions");
        req.Headers.Add("api-key", _apiKey); // want "KL104"
        req.Content = new StringContent(body);
        var res = await _http.SendAsync(req);
        return await res.Content.ReadAsStringAsync();
    }

    public async Task<string> Embed(string body)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "https://contoso.openai.azure.com/openai/v1/embeddings");
        req.Headers.Add("api-key", ApiKey); // want "KL104"
        req.Content = new StringContent(body);
        var res = await _http.SendAsync(req);
        return await res.Content.ReadAsStringAsync();
    }
}
