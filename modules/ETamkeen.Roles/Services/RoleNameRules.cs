using ETamkeen.Security;

namespace ETamkeen.Roles.Services;

/// <summary>What a role name may be, the same for the admin pages and the recipe step.</summary>
public static class RoleNameRules
{
    public const int MaxLength = 64;
    public const int MaxDescriptionLength = 500;

    /// <summary>
    /// Letters (any script), digits, spaces, dashes and underscores: a name travels in URLs,
    /// cookies (as a role claim) and recipes, so nothing that needs escaping there.
    /// </summary>
    public static bool IsValid(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxLength
        && name == name.Trim()
        && name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_');

    /// <summary>The roles every tenant has: they can't be deleted or renamed.</summary>
    public static bool IsStandard(string name) => RoleNames.Standard.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsAdministrator(string name) => string.Equals(name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);
}
