using Azure;
using Azure.AI.OpenAI;

public static class Keys
{
    private const string ApiKey = "0123456789abcdef0123456789abcdef"; // want "KL106"
    public static readonly string SearchKey = @"fedcba9876543210fedcba9876543210"; // want "KL106"
    public static string RawKey = """a1b2c3d4e5f60718293a4b5c6d7e8f90"""; // want "KL106"
    public static AzureKeyCredential Credential = new("00112233445566778899aabbccddeeff"); // want "KL101" "KL106"
}
