// The Cognitive Services SDKs' own key credentials (Microsoft.Azure.CognitiveServices.*): key
// auth whatever the value, an empty placeholder included. A credential built with no argument
// holds its key inside a class of the program, reported there.
using System;
using Microsoft.Azure.CognitiveServices.Vision.Face;
using Microsoft.Azure.CognitiveServices.Vision.ComputerVision;

var face = new FaceClient(new ApiKeyServiceClientCredentials("")) // want "KL101"
{
    Endpoint = ""
};
var subscriptionKey = Environment.GetEnvironmentVariable("VISION_KEY"); // want "KL105"
var vision = new ComputerVisionClient(new ApiKeyServiceClientCredentials(subscriptionKey)) { Endpoint = "https://contoso.cognitiveservices.azure.com/" }; // want "KL101"
var none = new ApiKeyServiceClientCredentials(null);
