using System;
using Azure;
using Azure.Search.Documents;

// A target-typed new of a key credential into a local or field declared AzureKeyCredential:
// the declared type changes with it when every use takes a TokenCredential too.
class TargetTyped
{
    private readonly AzureKeyCredential _search = new(Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY")); // want "KL101"

    SearchClient Hotels(Uri endpoint) => new SearchClient(endpoint, "hotels", _search);

    SearchClient Local(Uri endpoint, string key)
    {
        AzureKeyCredential credential = new(key); // want "KL101"
        Func<SearchClient> make = () => new SearchClient(endpoint, "local", credential);
        return make();
    }

    SearchClient Rotated(Uri endpoint, string key, string next)
    {
        AzureKeyCredential rotating = new(key); // want "KL101"
        rotating.Update(next); // only a key credential has Update: no fix
        return new SearchClient(endpoint, "rotated", rotating);
    }

    SearchClient Argument(Uri endpoint, string key) => new SearchClient(endpoint, "argument", new(key)); // a target-typed argument: not reported here
}
