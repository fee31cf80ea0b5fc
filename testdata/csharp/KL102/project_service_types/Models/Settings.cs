namespace Contoso.Invoices.Models;

// The program's settings class: holding a key is not authenticating with it.
public class AzureSearchConfig
{
    public string Endpoint { get; set; } = "";
    public string ApiKey { get; set; } = "";
}
