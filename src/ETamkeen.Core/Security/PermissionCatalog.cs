using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Security;

/// <summary>The permissions the tenant's enabled features declare, with the feature of each.</summary>
public sealed class PermissionCatalog(IServiceProvider services)
{
    private Dictionary<string, Permission>? _byName;

    public async Task<IReadOnlyList<(string Feature, Permission Permission)>> ListAsync()
    {
        var list = new List<(string, Permission)>();
        foreach (var provider in services.GetServices<IPermissionProvider>())
        {
            var feature = provider.GetType().Assembly.GetName().Name ?? "";
            foreach (var permission in await provider.GetPermissionsAsync())
            {
                list.Add((permission.Category ?? feature, permission));
            }
        }

        return list;
    }

    /// <summary>The declared permission of that name; an unknown name still names a permission only that name grants.</summary>
    public async Task<Permission> FindAsync(string name)
    {
        if (_byName is null)
        {
            var byName = new Dictionary<string, Permission>(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, permission) in await ListAsync())
            {
                byName.TryAdd(permission.Name, permission);
            }

            _byName = byName;
        }

        return _byName.TryGetValue(name, out var found) ? found : new Permission(name, name);
    }
}
