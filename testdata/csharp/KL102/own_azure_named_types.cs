using Microsoft.Extensions.Configuration;
using SearchCompanion.Models;

namespace SearchCompanion;

// No SDK namespace is in scope: AzureOpenAIService and AzureSearchConfig, for all their names,
// are the program's own classes (a factory and a settings holder), whose code hands the key to
// a client. The reads are the findings here.
public static class ServiceFactory
{
    public static object Create(IConfiguration configuration, string adminKey)
    {
        var config = new AzureSearchConfig
        {
            Endpoint = configuration["Search:Endpoint"],
            PrimaryAdminKey = adminKey,
        };
        return new AzureOpenAIService(
            configuration["AISettings:AzureOpenAI:ApiKey"] ?? "", // want "KL105"
            configuration["AISettings:AzureOpenAI:Endpoint"] ?? "",
            config);
    }
}
