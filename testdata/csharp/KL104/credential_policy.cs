using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Contoso.Translation;

// A hand-written client on Azure.Core: the policy sets the credential's key as the header named
// by its second argument. The key header is the finding (the credential is built by the caller).
public class TranslatorClient
{
    private const string AuthorizationHeader = "Ocp-Apim-Subscription-Key";
    private readonly HttpPipeline _pipeline;

    public TranslatorClient(string region, AzureKeyCredential subscriptionKey, ClientOptions options)
    {
        _pipeline = HttpPipelineBuilder.Build(options,
            new AzureKeyCredentialPolicy(subscriptionKey, AuthorizationHeader)); // want "KL104"
    }

    // A policy for a header that carries no key (a tenant id) is not key auth.
    public static HttpPipelinePolicy TenantPolicy(AzureKeyCredential tenant) => new AzureKeyCredentialPolicy(tenant, "x-contoso-tenant");
}
