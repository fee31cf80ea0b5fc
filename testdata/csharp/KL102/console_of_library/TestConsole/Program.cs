using SearchCompanionLibrary;

// Top-level statements of a test console: its one using is the namespace of the library in
// the directory above, so the facade it calls with the keys the user typed is the program's own.
string azureAdminKey = Console.ReadLine() ?? "";
string azureOpenAIKey = Console.ReadLine() ?? "";
var facade = new SearchFacade();
facade.Index(
    AzureEndpoint: "https://contoso.search.windows.net",
    AzureAdminKey: azureAdminKey,
    AzureOpenAIKey: azureOpenAIKey);
