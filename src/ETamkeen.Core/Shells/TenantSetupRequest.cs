namespace ETamkeen.Shells;

/// <summary>The body of <c>POST /api/tenants</c>, and what the CLI and first run pass.</summary>
public sealed class TenantSetupRequest
{
    public string? Name { get; set; }
    public string? UrlPrefix { get; set; }
    public List<string>? HostNames { get; set; }

    /// <summary>A recipe shipped with the host, by name.</summary>
    public string? Recipe { get; set; }

    /// <summary>Or a recipe's text.</summary>
    public string? RecipeJson { get; set; }

    public string? SiteName { get; set; }
    public string? AdminUserName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string? DatabaseProvider { get; set; }
    public string? ConnectionString { get; set; }

    /// <summary>More recipe parameters (a ministry's names in three languages, its acronym...).</summary>
    public Dictionary<string, string?>? Parameters { get; set; }
}
