using ETamkeen.Shells;

namespace ETamkeen.Tenants.Models;

/// <summary>A tenant as the API shows it: routing and state, never the connection string.</summary>
public sealed record TenantModel(
    string Name,
    string State,
    string UrlPrefix,
    IReadOnlyList<string> HostNames,
    string DatabaseProvider,
    string? Problem,
    DateTimeOffset CreatedUtc)
{
    public static TenantModel From(ShellSettings s, string? buildFailure) => new(
        s.Name,
        (buildFailure is null ? s.State : TenantState.Invalid).ToString(),
        s.RequestUrlPrefix,
        s.RequestUrlHosts,
        s.DatabaseProvider,
        s.InvalidReason ?? buildFailure,
        s.CreatedUtc);
}
