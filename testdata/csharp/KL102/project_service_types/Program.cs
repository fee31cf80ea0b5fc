using Azure.AI.OpenAI;
using Contoso.Invoices.Models;
using Contoso.Invoices.Services;

// The program's own service classes, declared in Services/ of this project, take the keys:
// where each reaches a client, in its own file, is the finding. The SDK using above does not
// make them SDK types.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddScoped(sp => new RecognizerService(
    builder.Configuration["Azure:RecognizerEndpoint"],
    builder.Configuration["Azure:RecognizerApiKey"])); // want "KL105"

var auth = new TokenIssuer();
var token = await auth.IssueAsync("https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken",
    builder.Configuration["SpeechKey"]);

// A type of the same name from a namespace this file does not import is not the program's:
// ReportClient lives in Contoso.Reports, which no using names here.
var reports = new ReportClient(new Uri("https://contoso.openai.azure.com"), apiKey: builder.Configuration["AzureOpenAI:ApiKey"]); // want "KL102"

// The program's own settings type, filled by an object initializer, declared in Models/.
builder.Services.AddSingleton(_ => new AzureSearchConfig
{
    Endpoint = "https://contoso-apim.azure-api.net/service-search",
    ApiKey = Environment.GetEnvironmentVariable("SERVICE_SEARCH_KEY") ?? "" // want "KL105"
});
