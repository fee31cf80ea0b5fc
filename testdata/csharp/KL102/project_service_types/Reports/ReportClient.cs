namespace Contoso.Reports;

// Declared in a namespace Program.cs does not import.
public class ReportClient
{
    public ReportClient(Uri endpoint, string apiKey) { }
}
