using Microsoft.Extensions.Configuration;

public class Settings
{
    public Settings(IConfiguration configuration)
    {
        Key = configuration["AzureOpenAI:ApiKey"]; // want "KL105"
        Other = configuration.GetValue<string>("AZURE_OPENAI_KEY"); // want "KL105"
        Search = configuration.GetSection("AzureSearch")["ApiKey"]; // want "KL105"
        Endpoint = configuration["AzureOpenAI:Endpoint"];
        Deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_DEPLOYMENT");
        // A section held in a variable names its settings too: AzureOpenAI:ApiKey.
        var section = configuration.GetRequiredSection("AzureOpenAI");
        Sectioned = section.GetValue<string>("ApiKey"); // want "KL105"
        SectionedEndpoint = section["Endpoint"];
        var storage = configuration.GetSection("Storage");
        StorageKey = storage.GetValue<string>("AccountKey");
    }

    public string Sectioned { get; }
    public string SectionedEndpoint { get; }
    public string StorageKey { get; }

    public string Key { get; }
    public string Other { get; }
    public string Search { get; }
    public string Endpoint { get; }
    public string Deployment { get; }
}
