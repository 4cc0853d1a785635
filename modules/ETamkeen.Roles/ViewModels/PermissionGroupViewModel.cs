namespace ETamkeen.Roles.ViewModels;

/// <summary>The permissions of one feature or category, as checkboxes on the role's page.</summary>
public sealed record PermissionGroupViewModel(string Name, IReadOnlyList<PermissionChoiceViewModel> Permissions);

/// <summary>
/// One permission. <see cref="ImpliedBy"/> are the permissions that also grant it;
/// <see cref="GrantedThrough"/> those of them the role holds, so it has this one unchecked too.
/// <see cref="Declared"/> is false for a name no enabled feature declares (kept from a recipe or a disabled feature).
/// </summary>
public sealed record PermissionChoiceViewModel(
    string Name,
    string Description,
    bool IsSecurityCritical,
    bool Granted,
    IReadOnlyList<string> ImpliedBy,
    IReadOnlyList<string> GrantedThrough,
    bool Declared);
