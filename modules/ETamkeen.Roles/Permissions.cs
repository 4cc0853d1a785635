using ETamkeen.Security;

namespace ETamkeen.Roles;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>For <see cref="PermissionAttribute"/>, which needs a constant.</summary>
    public const string ManageRolesName = "ManageRoles";

    /// <summary>Whoever holds it can give themselves any other permission.</summary>
    public static readonly Permission ManageRoles = new(ManageRolesName, "Create, change and delete roles and their permissions", isSecurityCritical: true);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageRoles]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageRoles])];
}
