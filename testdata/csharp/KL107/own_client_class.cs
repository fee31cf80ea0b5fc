using System.Net.Http;
using Gateway.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// A gateway's own AzureOpenAIClient, built from an HttpClient, options and a logger: no SDK
// overload takes these, and none of them falls back to an environment key.
namespace Gateway.Tests
{
    public class ClientFactory
    {
        public static AzureOpenAIClient Create(HttpMessageHandler handler, GatewayOptions options) =>
            new AzureOpenAIClient(new HttpClient(handler), Options.Create(options), NullLogger<AzureOpenAIClient>.Instance);
    }
}
