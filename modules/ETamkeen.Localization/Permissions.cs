using ETamkeen.Security;

namespace ETamkeen.Localization;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCultures = new("ManageCultures", "Manage the site's cultures and see missing translations");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageCultures]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageCultures]),
    ];
}
