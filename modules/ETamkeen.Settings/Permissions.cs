using ETamkeen.Security;

namespace ETamkeen.Settings;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageSettings]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageSettings])];
}
