namespace ETamkeen.Tenants.Models;

/// <summary><c>PUT /api/tenants/{name}</c>: what an administrator may change on a running tenant.</summary>
public sealed class TenantEditModel
{
    public string? UrlPrefix { get; set; }
    public List<string>? HostNames { get; set; }
}
