using Contoso.Vision.Sdk;
using Microsoft.Extensions.Configuration;

namespace Shop.Controllers;

// A library's type (Contoso.Vision.Sdk is neither .NET's nor the program's namespace) given an
// Azure AI key is a client like any other: the key reaches it here.
public class VisionController
{
    private readonly VisionService _vision;

    public VisionController(IConfiguration configuration)
    {
        var visionKey = configuration["Azure:ComputerVision:SubscriptionKey"]; // want "KL105"
        _vision = new VisionService(visionKey, "https://shop.cognitiveservices.azure.com/"); // want "KL102"
    }
}
