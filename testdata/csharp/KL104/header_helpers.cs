using System.Collections.Generic;

public static class HeaderExtensions
{
    public static void AddValueIfKeyNotExist(this Dictionary<string, string> headers, string name, string value)
    {
        if (!headers.ContainsKey(name)) headers[name] = value;
    }
}

public class AzureOpenAIService
{
    private readonly string _apiKey;

    public AzureOpenAIService(string apiKey) { _apiKey = apiKey; }

    public Dictionary<string, string> Headers()
    {
        var headers = new Dictionary<string, string>();
        // The program's own helper on the request's header collection.
        headers.AddValueIfKeyNotExist("api-key", _apiKey); // want "KL104"
        return headers;
    }

    public bool HasKey(Dictionary<string, string> requestHeaders)
    {
        // Reading or dropping the caller's header sends no key.
        requestHeaders.Remove("api-key");
        return requestHeaders.ContainsKey("api-key") || requestHeaders.TryGetValue("api-key", out _);
    }
}
