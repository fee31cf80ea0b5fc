using Contoso.Search.Sdk;

// The same call where the using names a library no directory around the file declares: a
// third party's client given the keys is reported.
string azureOpenAIKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_KEY") ?? ""; // want "KL105"
var facade = new SearchFacade();
facade.Index(
    AzureEndpoint: "https://contoso.openai.azure.com",
    AzureOpenAIKey: azureOpenAIKey); // want "KL102"
