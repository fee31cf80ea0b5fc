using System.Net.Http;
using Microsoft.Extensions.Configuration;

// A header setter written over several lines is reported where the header's name is, as a
// header map's entry is; a key read on a line of its own is reported as the read.
class Translator
{
    private readonly IConfiguration _configuration;

    Translator(IConfiguration configuration) => _configuration = configuration;

    void Send(HttpRequestMessage request)
    {
        request.Headers.Add(
            "Ocp-Apim-Subscription-Key", // want "KL104"
            _configuration.GetValue<string>("AZURE_TRANSLATOR_KEY") // want "KL105"
        );
        request.Headers.Add(
            "Ocp-Apim-Subscription-Region",
            _configuration.GetValue<string>("AZURE_TRANSLATOR_REGION")
        );
        request.Headers.Add("Ocp-Apim-Subscription-Key", _configuration["AZURE_TRANSLATOR_KEY"]); // want "KL104"
    }
}
