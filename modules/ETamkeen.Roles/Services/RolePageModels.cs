using ETamkeen.Roles.ViewModels;
using ETamkeen.Security;
using ETamkeen.Security.Roles;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Roles.Services;

/// <summary>
/// Builds the roles pages: the list with member counts, and a role's page from the permissions
/// the enabled features declare; reads back what was checked.
/// </summary>
public sealed class RolePageModels(RoleStore roles, RoleMembers members, PermissionCatalog catalog, IStringLocalizer<RolePageModels> t)
{
    public async Task<RoleListViewModel> ListAsync(string? error, CancellationToken cancellationToken = default)
    {
        var rows = new List<RoleRowViewModel>();
        foreach (var role in (await roles.GetAsync(cancellationToken)).Roles)
        {
            // Nobody is assigned Authenticated or Anonymous: they apply to every user or visitor.
            long? count = RoleNames.IsImplicit(role.RoleName) ? null : await members.CountAsync(role.RoleName, cancellationToken);
            rows.Add(new RoleRowViewModel(role.RoleName, role.RoleDescription, RoleNameRules.IsStandard(role.RoleName), count));
        }

        return new RoleListViewModel { Roles = rows, Error = error };
    }

    /// <summary>The role as stored, or as posted when <paramref name="posted"/> is given (a form sent back with its errors).</summary>
    public async Task<RoleEditViewModel> BuildAsync(Role role, int version, PostedRole? posted = null, string? generalError = null)
    {
        var held = new HashSet<string>(posted?.Permissions ?? role.Permissions, StringComparer.OrdinalIgnoreCase);
        var groups = new List<(string Name, List<PermissionChoiceViewModel> Choices)>();
        var byFeature = new Dictionary<string, List<PermissionChoiceViewModel>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (feature, permission) in await catalog.ListAsync())
        {
            if (!seen.Add(permission.Name))
            {
                continue;
            }

            if (!byFeature.TryGetValue(feature, out var choices))
            {
                byFeature[feature] = choices = [];
                groups.Add((feature, choices));
            }

            choices.Add(Choice(permission, held, declared: true));
        }

        // Held but declared by no enabled feature: shown, so saving the page doesn't drop them unseen.
        var undeclared = held.Where(n => !seen.Contains(n)).Order(StringComparer.OrdinalIgnoreCase)
            .Select(n => Choice(new Permission(n, ""), held, declared: false)).ToList();
        if (undeclared.Count > 0)
        {
            groups.Add((t["Not declared by an enabled feature"], undeclared));
        }

        return new RoleEditViewModel
        {
            OriginalName = role.RoleName,
            Name = posted?.Name ?? role.RoleName,
            Description = posted?.Description ?? role.RoleDescription,
            Version = version,
            IsStandard = RoleNameRules.IsStandard(role.RoleName),
            IsAdministrator = RoleNameRules.IsAdministrator(role.RoleName),
            Groups = [.. groups.Select(g => new PermissionGroupViewModel(g.Name, g.Choices))],
            GeneralError = generalError,
        };
    }

    /// <summary>
    /// The checked names the role may hold: those declared by an enabled feature, or already held
    /// (kept from a recipe), spelled as declared. Anything else a crafted form sends is dropped.
    /// </summary>
    public async Task<List<string>> AcceptAsync(Role role, IEnumerable<string> posted)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, permission) in await catalog.ListAsync())
        {
            known.TryAdd(permission.Name, permission.Name);
        }

        foreach (var name in role.Permissions)
        {
            known.TryAdd(name, name);
        }

        return [.. posted.Select(p => p.Trim()).Where(known.ContainsKey).Select(p => known[p]).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static PermissionChoiceViewModel Choice(Permission permission, HashSet<string> held, bool declared) => new(
        permission.Name,
        permission.Description,
        permission.IsSecurityCritical,
        held.Contains(permission.Name),
        [.. permission.ImpliedBy.Select(p => p.Name)],
        [.. permission.GrantingNames().Where(n => !string.Equals(n, permission.Name, StringComparison.OrdinalIgnoreCase) && held.Contains(n)).Order(StringComparer.OrdinalIgnoreCase)],
        declared);
}

/// <summary>What the role's form sent, shown again when it can't be saved.</summary>
public sealed record PostedRole(string Name, string Description, IReadOnlyList<string> Permissions);
