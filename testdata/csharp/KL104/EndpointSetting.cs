using System;
using System.Net.Http;
using System.Threading.Tasks;

// The endpoint comes from a setting whose name says the service: Computer Vision takes Entra
// ID tokens on the resource's custom subdomain, which COMPUTER_VISION_ENDPOINT must be. The
// key still reaches the helper as an argument, so its read stays.
class Program
{
    static string subscriptionKey = Environment.GetEnvironmentVariable("COMPUTER_VISION_SUBSCRIPTION_KEY");
    static string endpoint = Environment.GetEnvironmentVariable("COMPUTER_VISION_ENDPOINT");

    static async Task Main()
    {
        await Analyze(endpoint, subscriptionKey);
    }

    static async Task Analyze(string endpoint, string key)
    {
        HttpClient client = new HttpClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key); // want "KL104"
        var response = await client.PostAsync(endpoint + "/vision/v3.2/analyze?visualFeatures=Tags", new StringContent("{}"));
        Console.WriteLine(await response.Content.ReadAsStringAsync());
    }
}
