using ETamkeen.Security;

namespace ETamkeen.Features;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", isSecurityCritical: true);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageFeatures]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageFeatures])];
}
