namespace ETamkeen.Roles.ViewModels;

/// <summary>The create page (no <see cref="OriginalName"/>, no permissions yet) and the edit page of a role.</summary>
public sealed class RoleEditViewModel
{
    public string? OriginalName { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>The roles document's version the page was made from: a save over a newer one is refused.</summary>
    public int Version { get; init; }
    public bool IsStandard { get; init; }
    public bool IsAdministrator { get; init; }
    public IReadOnlyList<PermissionGroupViewModel> Groups { get; init; } = [];

    /// <summary>A problem with the whole form rather than one field, such as a concurrent change.</summary>
    public string? GeneralError { get; init; }
}
