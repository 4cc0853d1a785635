namespace ETamkeen.Workflows.Http;

/// <summary><c>ETamkeen:Workflows:HttpRequest</c> in configuration: what <c>HttpRequestTask</c> may call.</summary>
public sealed class WorkflowHttpOptions
{
    public const string Section = "ETamkeen:Workflows:HttpRequest";

    /// <summary>
    /// Hosts every tenant's workflows may call: <c>api.example.org</c>, <c>*.example.org</c>,
    /// <c>10.0.0.5:8080</c>, or <c>*</c> for any public host. Only a host listed here by name
    /// (not by <c>*</c>) may resolve to a loopback, link-local or private address.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A longer response body is cut: it is kept on the instance as its last result.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;
}
