using System;
using Azure;
using Azure.Search.Documents;

// A name declared in several places is followed by scope: a method's local hides the field of
// that name, so each local, and the field, is rewritten on its own uses. A field other files
// may use keeps its type.
class Quickstart
{
    private static readonly string endpoint = Environment.GetEnvironmentVariable("AZURE_SEARCH_ENDPOINT");
    private static readonly string apiKey = Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY"); // want "KL105"
    private static readonly AzureKeyCredential credential = new AzureKeyCredential(apiKey); // want "KL101"
    public static readonly AzureKeyCredential Shared = new AzureKeyCredential(apiKey); // want "KL101"

    static SearchClient Hotels()
    {
        var credential = new AzureKeyCredential(apiKey); // want "KL101"
        return new SearchClient(new Uri(endpoint), "hotels", credential);
    }

    static SearchClient Rotated(string next)
    {
        var credential = new AzureKeyCredential(apiKey); // want "KL101"
        credential.Update(next); // only a key credential has Update: no fix here
        return new SearchClient(new Uri(endpoint), "rotated", credential);
    }

    static SearchClient Field() => new SearchClient(new Uri(endpoint), "field", credential);

    static SearchClient FieldThroughThis(Quickstart q) => q.Other("this");

    SearchClient Other(string index) => new SearchClient(new Uri(endpoint), index, Shared);

    static string Lambda() => new Func<string, string>(credential => credential.Trim())("lambda");
}
