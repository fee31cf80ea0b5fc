// Stub types (signatures only, written for keylint's checks) of the Azure SDK for .NET that
// the C# rewrites produce and consume, for compiling fixed files with mcs: the credential
// overloads are what the rewrites rely on.
using System;
using System.Threading;

namespace Azure
{
    public class AzureKeyCredential
    {
        public AzureKeyCredential(string key) { }
        public string Key { get { return ""; } }
        public void Update(string key) { }
    }
}

namespace Azure.Core
{
    public struct TokenRequestContext
    {
        public TokenRequestContext(string[] scopes) { }
    }

    public struct AccessToken
    {
        public string Token { get { return ""; } }
    }

    public abstract class TokenCredential
    {
        public abstract AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken = default(CancellationToken));
    }
}

namespace Azure.Identity
{
    public class DefaultAzureCredential : Azure.Core.TokenCredential
    {
        public DefaultAzureCredential() { }
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken = default(CancellationToken)) { return default(Azure.Core.AccessToken); }
    }

    public class AzureCliCredential : Azure.Core.TokenCredential
    {
        public AzureCliCredential() { }
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken = default(CancellationToken)) { return default(Azure.Core.AccessToken); }
    }
}

namespace System.ClientModel
{
    public class ApiKeyCredential
    {
        public ApiKeyCredential(string key) { }
    }
}

namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClientOptions { }

    public class AzureOpenAIClient
    {
        public AzureOpenAIClient() { }
        public AzureOpenAIClient(Uri endpoint, Azure.AzureKeyCredential credential, AzureOpenAIClientOptions options = null) { }
        public AzureOpenAIClient(Uri endpoint, Azure.Core.TokenCredential credential, AzureOpenAIClientOptions options = null) { }
        public AzureOpenAIClient(Uri endpoint, System.ClientModel.ApiKeyCredential credential, AzureOpenAIClientOptions options = null) { }
    }

    public class OpenAIClientOptions { }

    public class OpenAIClient
    {
        public OpenAIClient(Uri endpoint, Azure.AzureKeyCredential keyCredential) { }
        public OpenAIClient(Uri endpoint, Azure.AzureKeyCredential keyCredential, OpenAIClientOptions options) { }
        public OpenAIClient(Uri endpoint, Azure.Core.TokenCredential tokenCredential) { }
        public OpenAIClient(Uri endpoint, Azure.Core.TokenCredential tokenCredential, OpenAIClientOptions options) { }
    }
}

namespace Azure.Search.Documents
{
    public class SearchClientOptions { }

    public class SearchClient
    {
        public SearchClient(Uri endpoint, string indexName, Azure.AzureKeyCredential credential) { }
        public SearchClient(Uri endpoint, string indexName, Azure.Core.TokenCredential tokenCredential) { }
        public SearchClient(Uri endpoint, string indexName, Azure.AzureKeyCredential credential, SearchClientOptions options) { }
        public SearchClient(Uri endpoint, string indexName, Azure.Core.TokenCredential tokenCredential, SearchClientOptions options) { }
    }
}

namespace Azure.AI.Inference
{
    public class AzureAIInferenceClientOptions { }

    public class ChatCompletionsClient
    {
        public ChatCompletionsClient(Uri endpoint, Azure.AzureKeyCredential credential) { }
        public ChatCompletionsClient(Uri endpoint, Azure.Core.TokenCredential credential) { }
        public ChatCompletionsClient(Uri endpoint, Azure.AzureKeyCredential credential, AzureAIInferenceClientOptions options) { }
        public ChatCompletionsClient(Uri endpoint, Azure.Core.TokenCredential credential, AzureAIInferenceClientOptions options) { }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }

    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, TService implementationInstance) where TService : class { return services; }
    }
}

namespace Microsoft.SemanticKernel
{
    using Microsoft.Extensions.DependencyInjection;

    public static class AzureAISearchServiceCollectionExtensions
    {
        public static IServiceCollection AddAzureAISearchVectorStore(this IServiceCollection services, Uri endpoint, Azure.AzureKeyCredential credential, object options = null, string serviceId = null) { return services; }
        public static IServiceCollection AddAzureAISearchVectorStore(this IServiceCollection services, Uri endpoint, Azure.Core.TokenCredential tokenCredential, object options = null, string serviceId = null) { return services; }
        public static IServiceCollection AddAzureAISearchCollection<TRecord>(this IServiceCollection services, string name, Uri endpoint, Azure.AzureKeyCredential credential, object options = null) { return services; }
        public static IServiceCollection AddAzureAISearchCollection<TRecord>(this IServiceCollection services, string name, Uri endpoint, Azure.Core.TokenCredential tokenCredential, object options = null) { return services; }
    }
}

// System.Net.Http is not among the assemblies Debian's mono-mcs ships: the members the key
// header rewrites touch (DefaultRequestHeaders.Add, a request's Headers), so that they are
// compiled too.
namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
        public void Add(string name, string value) { }
        public bool TryAddWithoutValidation(string name, string value) { return true; }
        public bool Remove(string name) { return true; }
    }

    public sealed class HttpRequestHeaders : HttpHeaders { }
}

namespace System.Net.Http
{
    using System.Threading.Tasks;

    public class HttpMethod
    {
        public static HttpMethod Get { get { return null; } }
        public static HttpMethod Post { get { return null; } }
    }

    public abstract class HttpContent : IDisposable
    {
        public Task<string> ReadAsStringAsync() { return null; }
        public void Dispose() { }
    }

    public class StringContent : HttpContent
    {
        public StringContent(string content) { }
        public StringContent(string content, System.Text.Encoding encoding, string mediaType) { }
    }

    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content) { }
    }

    public class HttpResponseMessage : IDisposable
    {
        public HttpContent Content { get { return null; } }
        public bool IsSuccessStatusCode { get { return true; } }
        public void Dispose() { }
    }

    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage() { }
        public HttpRequestMessage(HttpMethod method, string requestUri) { }
        public HttpRequestMessage(HttpMethod method, Uri requestUri) { }
        public Headers.HttpRequestHeaders Headers { get { return null; } }
        public HttpContent Content { get; set; }
        public void Dispose() { }
    }

    public class HttpClient : IDisposable
    {
        public Headers.HttpRequestHeaders DefaultRequestHeaders { get { return null; } }
        public Uri BaseAddress { get; set; }
        public Task<HttpResponseMessage> GetAsync(string requestUri) { return null; }
        public Task<HttpResponseMessage> GetAsync(Uri requestUri) { return null; }
        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content) { return null; }
        public Task<HttpResponseMessage> PostAsync(Uri requestUri, HttpContent content) { return null; }
        public Task<HttpResponseMessage> PutAsync(string requestUri, HttpContent content) { return null; }
        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) { return null; }
        public void Dispose() { }
    }
}
