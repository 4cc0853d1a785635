using ETamkeen.Security;

namespace ETamkeen.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, change, disable and delete users, and give them roles", isSecurityCritical: true);
    public static readonly Permission ViewUsers = new("ViewUsers", "See the list of users", [ManageUsers]);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageUsers, ViewUsers]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageUsers]),
        new(RoleNames.FocalPoint, [ViewUsers]),
    ];
}
