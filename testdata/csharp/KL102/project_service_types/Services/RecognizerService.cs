using Azure;
using Azure.AI.FormRecognizer.DocumentAnalysis;

namespace Contoso.Invoices.Services;

public class RecognizerService
{
    private readonly DocumentAnalysisClient _client;

    public RecognizerService(string endpoint, string apiKey)
    {
        _client = new DocumentAnalysisClient(new Uri(endpoint), new AzureKeyCredential(apiKey)); // want "KL101"
    }
}

public sealed class TokenIssuer
{
    public async Task<string> IssueAsync(string uri, string key)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key); // want "KL104"
        var resp = await http.PostAsync(uri, null);
        return await resp.Content.ReadAsStringAsync();
    }
}
