using ETamkeen.Security;

namespace ETamkeen.Tenants;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Create, change and remove tenants", isSecurityCritical: true);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageTenants]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageTenants])];
}
