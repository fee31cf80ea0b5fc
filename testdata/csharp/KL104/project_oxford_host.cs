// Computer Vision's first host, api.projectoxford.ai, names no Azure word but is Microsoft's
// Cognitive Services: the key header is reported (and the hard-coded key in it).
using System.Net.Http;
using System.Threading.Tasks;

namespace App.Api
{
    class Vision
    {
        public static async Task<string> Describe(byte[] data)
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "e27d0a628eee4ab8984a771eb470cc63"); // want "KL104" "KL106"
            var response = await client.PostAsync("https://api.projectoxford.ai/vision/v1.0/analyze?visualFeatures=Description", new ByteArrayContent(data));
            return await response.Content.ReadAsStringAsync();
        }
    }
}
