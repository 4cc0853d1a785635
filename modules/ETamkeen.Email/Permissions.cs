using ETamkeen.Security;

namespace ETamkeen.Email;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>For <see cref="PermissionAttribute"/>, which needs a constant.</summary>
    public const string ManageEmailSettingsName = "ManageEmailSettings";

    public static readonly Permission ManageEmailSettings = new(ManageEmailSettingsName, "Change the e-mail settings and send test e-mails", isSecurityCritical: true);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageEmailSettings]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageEmailSettings])];
}
