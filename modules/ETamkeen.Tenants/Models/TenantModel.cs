using ETamkeen.Shells;

namespace ETamkeen.Tenants.Models;

/// <summary>A tenant as the API and the admin show it: routing and state, never the connection string.</summary>
public sealed record TenantModel(
    string Name,
    string State,
    string UrlPrefix,
    IReadOnlyList<string> HostNames,
    string DatabaseProvider,
    string? Problem,
    DateTimeOffset CreatedUtc)
{
    /// <summary>With the state the host sees now (Invalid while its build fails); null <paramref name="host"/>: as saved.</summary>
    public static TenantModel From(ShellSettings s, ShellHost? host)
    {
        var (state, problem) = host?.StatusOf(s) ?? (s.State, s.InvalidReason);
        return new(s.Name, state.ToString(), s.RequestUrlPrefix, s.RequestUrlHosts, s.DatabaseProvider, problem, s.CreatedUtc);
    }
}
