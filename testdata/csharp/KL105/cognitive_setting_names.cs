using System.Net.Http.Json;

// A setting named for Cognitive Services is an Azure AI key's, with no other Azure word in the
// file: the read is reported, as the header it is sent in.
string subscriptionKey = Environment.GetEnvironmentVariable("COGNITIVE_SERVICES_SUBSCRIPTION_KEY"); // want "KL105"
string visionUrl = $"{Environment.GetEnvironmentVariable("ENDPOINT")}vision/v3.2/analyze";

using HttpClient client = new HttpClient();
client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", subscriptionKey); // want "KL104"
await client.PostAsJsonAsync(visionUrl, new { url = "https://example.com/a.jpg" });

// Not an AI key: another service's setting without a cognitive or Azure word.
string mapsKey = Environment.GetEnvironmentVariable("MAPS_SUBSCRIPTION_KEY");
Console.WriteLine(mapsKey.Length);
