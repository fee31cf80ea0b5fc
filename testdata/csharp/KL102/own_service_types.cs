using AzureTranslator.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace AzureTranslator.Controllers;

// A controller whose usings name only .NET's namespaces and the program's own (a namespace
// starting with "Azure" is no Azure SDK one): the services it creates are the program's, and a
// key they are given is reported where their own code hands it to a client. The reads are the
// findings here.
public class TranslateController : ControllerBase
{
    private readonly TranslatorService _translator;
    private readonly ComputerVisionService _vision;

    public TranslateController(IConfiguration configuration)
    {
        var translatorKey = configuration["Azure:Translator:SubscriptionKey"]; // want "KL105"
        var visionKey = configuration["Azure:ComputerVision:SubscriptionKey"]; // want "KL105"
        _translator = new TranslatorService(translatorKey, configuration["Azure:Translator:Endpoint"]);
        _vision = new ComputerVisionService(visionKey, configuration["Azure:ComputerVision:Endpoint"]);
    }
}
