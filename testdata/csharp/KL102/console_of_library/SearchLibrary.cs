namespace SearchCompanionLibrary;

// The library the console beside it calls (its own key use is in its services).
public class SearchFacade
{
    public void Index(string AzureEndpoint, string AzureAdminKey, string AzureOpenAIKey) { }
}
