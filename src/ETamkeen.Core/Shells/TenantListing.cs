namespace ETamkeen.Shells;

/// <summary>One page of tenants, and how many matched in all.</summary>
public sealed record TenantPage(int Total, int Skip, int Take, IReadOnlyList<ShellSettings> Items);

/// <summary>
/// The tenant list the API, the admin and the CLI show. It reads the host's settings only, so
/// listing thousands of tenants never builds one of them.
/// </summary>
public static class TenantListing
{
    public const int MaxTake = 1000;

    /// <summary>Default first, then by name; <paramref name="search"/> matches name, prefix or a host name.</summary>
    public static TenantPage List(this ShellHost host, string? search, int skip, int take)
    {
        var query = host.AllSettings.Where(s => s.State != TenantState.Initializing);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(s => s.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || s.RequestUrlPrefix.Contains(term, StringComparison.OrdinalIgnoreCase)
                || s.RequestUrlHosts.Any(h => h.Contains(term, StringComparison.OrdinalIgnoreCase)));
        }

        var all = query.OrderBy(s => s.IsDefault ? 0 : 1).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var from = Math.Max(0, skip);
        var size = Math.Clamp(take, 1, MaxTake);
        return new TenantPage(all.Count, from, size, [.. all.Skip(from).Take(size)]);
    }

    /// <summary>The state to show: Invalid, with the reason, while the tenant's last build is failing.</summary>
    public static (TenantState State, string? Problem) StatusOf(this ShellHost host, ShellSettings settings) =>
        host.BuildFailure(settings.Name) is { } failure
            ? (TenantState.Invalid, settings.InvalidReason ?? failure)
            : (settings.State, settings.InvalidReason);

    /// <summary>A tenant an administrator can see (not one whose setup is still running).</summary>
    public static ShellSettings? Find(this ShellHost host, string name) =>
        host.GetSettings(name) is { State: not TenantState.Initializing } settings ? settings : null;
}
