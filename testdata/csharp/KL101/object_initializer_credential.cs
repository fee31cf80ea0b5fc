using Azure;
using Azure.AI.OpenAI;

public class OnYourData
{
    public AzureSearchChatExtensionConfiguration Build(string endpoint, string searchApiKey, string index) =>
        new AzureSearchChatExtensionConfiguration
        {
            SearchEndpoint = new Uri(endpoint),
            // The credential is the finding; the property holding it is not a second one.
            SearchKey = new AzureKeyCredential(searchApiKey), // want "KL101"
            IndexName = index,
        };

    public AzureSearchChatExtensionConfiguration WithKeyString(string endpoint, string searchApiKey) =>
        new AzureSearchChatExtensionConfiguration
        {
            SearchEndpoint = new Uri(endpoint),
            SearchApiKey = searchApiKey, // want "KL102"
        };
}
