using ETamkeen.Recipes;
using ETamkeen.Roles.Services;
using ETamkeen.Security;
using ETamkeen.Security.Roles;

namespace ETamkeen.Roles.Recipes;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>{"name":"Roles","Roles":[{"Name":"Editor","Description":"...",
/// "Permissions":["PublishContent"],"PermissionBehavior":"Replace"}]}</c>. A role named for the
/// first time is created. Names no enabled feature declares are kept (the feature may come
/// later) and reported. The Administrator holds every permission, so its list is left alone.
/// </summary>
public sealed class RolesStep(RoleStore roles, PermissionCatalog catalog) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["Roles"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = RoleStepEntry.ParseAll(context.Step);
        var declared = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, permission) in await catalog.ListAsync())
        {
            declared.TryAdd(permission.Name, permission.Name);
        }

        var warnings = new List<string>();
        foreach (var entry in entries.Where(e => e.Behavior != PermissionBehavior.Remove && !RoleNameRules.IsAdministrator(e.Name)))
        {
            var unknown = entry.Permissions.Where(p => !declared.ContainsKey(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (unknown.Count > 0)
            {
                warnings.Add($"Role {entry.Name}: no enabled feature declares {string.Join(", ", unknown)}; kept for a feature enabled later.");
            }
        }

        await roles.UpdateAsync(document =>
        {
            foreach (var entry in entries)
            {
                Apply(document, entry, declared, warnings);
            }
        }, cancellationToken);

        context.Warnings.AddRange(warnings);
    }

    private static void Apply(RolesDocument document, RoleStepEntry entry, Dictionary<string, string> declared, List<string> warnings)
    {
        var role = document.Find(entry.Name);
        if (role is null)
        {
            role = new Role { RoleName = entry.Name };
            document.Roles.Add(role);
        }

        if (entry.Description is not null)
        {
            role.RoleDescription = entry.Description;
        }

        if (RoleNameRules.IsAdministrator(role.RoleName))
        {
            if (entry.Behavior == PermissionBehavior.Remove && entry.Permissions.Count > 0)
            {
                warnings.Add($"Role {role.RoleName} holds every permission; nothing was removed from it.");
            }

            return;
        }

        // Spelled as declared, so the role's page and the export show one name for one permission.
        var named = entry.Permissions.Select(p => declared.GetValueOrDefault(p, p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        switch (entry.Behavior)
        {
            case PermissionBehavior.Replace:
                if (named.Count == 0 && role.Permissions.Count > 0)
                {
                    warnings.Add($"Role {role.RoleName}: Replace with no permissions took away its {role.Permissions.Count} permissions.");
                }

                role.Permissions = named;
                break;
            case PermissionBehavior.Add:
                role.Permissions.AddRange(named.Where(p => !role.Permissions.Contains(p, StringComparer.OrdinalIgnoreCase)));
                break;
            case PermissionBehavior.Remove:
                role.Permissions.RemoveAll(p => named.Contains(p, StringComparer.OrdinalIgnoreCase));
                break;
        }
    }
}
