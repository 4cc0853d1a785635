namespace ETamkeen.Tenants.ViewModels;

public sealed class TenantEditViewModel
{
    public required string Name { get; init; }
    public bool IsDefault { get; init; }
    public string? UrlPrefix { get; init; }
    public string? HostNames { get; init; }
}
