using System.Collections.Frozen;
using ETamkeen.Data;

namespace ETamkeen.Security.Roles;

/// <summary>
/// Reads and changes the tenant's roles. Reads come from a per-shell copy refreshed when this
/// store saves, so checking a permission costs no query.
/// </summary>
public sealed class RoleStore(IDocumentSession session, RolesCache cache)
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
        change(document);
        session.Save(document);
        await session.SaveChangesAsync(cancellationToken);
        cache.Set(document);
        return document;
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
