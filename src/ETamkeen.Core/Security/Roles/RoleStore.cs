using System.Collections.Frozen;
using ETamkeen.Data;
using ETamkeen.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Security.Roles;

/// <summary>
/// Reads and changes the tenant's roles. Reads come from a per-shell copy refreshed when this
/// store saves, so checking a permission costs no query. A role created empty by any change
/// (recipe, admin page) receives the default permissions the enabled features give a role of that
/// name, as Orchard does: a setup recipe that creates "Editor" with no permissions gets a working Editor.
/// </summary>
public sealed class RoleStore(IDocumentSession session, RolesCache cache, IServiceProvider services)
{
    public async Task<RolesDocument> GetAsync(CancellationToken cancellationToken = default) =>
        cache.Document ?? cache.Set(await session.FirstOrDefaultAsync<RolesDocument>(cancellationToken) ?? new RolesDocument());

    /// <summary>The permission names granted to any of the roles.</summary>
    public async Task<IReadOnlySet<string>> PermissionsOfAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        await GetAsync(cancellationToken);
        return cache.PermissionsOf(roleNames);
    }

    /// <summary>Loads the stored document, applies the change and saves it; a concurrent change makes it a 409 rather than a lost write.</summary>
    public async Task<RolesDocument> UpdateAsync(Action<RolesDocument> change, CancellationToken cancellationToken = default)
    {
        var document = await session.FirstOrDefaultAsync<RolesDocument>(cancellationToken) ?? new RolesDocument();
        var existing = document.Roles.Select(r => r.RoleName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        change(document);
        // Only a role created empty: one created with its permissions (an export) stays exactly as given.
        foreach (var created in document.Roles.Where(r => !existing.Contains(r.RoleName) && r.Permissions.Count == 0))
        {
            foreach (var permission in DefaultsFor(created.RoleName).Where(p => !created.Permissions.Contains(p, StringComparer.OrdinalIgnoreCase)))
            {
                created.Permissions.Add(permission);
            }
        }

        session.Save(document);
        await session.SaveChangesAsync(cancellationToken);
        cache.Set(document);
        return document;
    }

    /// <summary>The permission names the enabled features give a role of that name by default.</summary>
    public IEnumerable<string> DefaultsFor(string roleName)
    {
        var enabled = services.GetService<EnabledFeatures>();
        return services.GetServices<IPermissionProvider>()
            .Where(p => enabled is null || enabled.Features.Any(f => f.Types.Contains(p.GetType())))
            .SelectMany(p => p.GetDefaultStereotypes())
            .Where(s => string.Equals(s.RoleName, roleName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.Permissions.Select(p => p.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}

/// <summary>The shell's copy of its roles, with each role's permissions as a set.</summary>
public sealed class RolesCache
{
    private volatile Snapshot? _snapshot;

    public RolesDocument? Document => _snapshot?.Document;

    public RolesDocument Set(RolesDocument document)
    {
        _snapshot = new Snapshot(document, document.Roles.ToFrozenDictionary(
            r => r.RoleName,
            r => (IReadOnlySet<string>)r.Permissions.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase));
        return document;
    }

    public void Clear() => _snapshot = null;

    public IReadOnlySet<string> PermissionsOf(IEnumerable<string> roleNames)
    {
        var byRole = _snapshot?.ByRole;
        if (byRole is null)
        {
            return FrozenSet<string>.Empty;
        }

        var granted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roleNames)
        {
            if (byRole.TryGetValue(role, out var permissions))
            {
                granted.UnionWith(permissions);
            }
        }

        return granted;
    }

    private sealed record Snapshot(RolesDocument Document, FrozenDictionary<string, IReadOnlySet<string>> ByRole);
}
