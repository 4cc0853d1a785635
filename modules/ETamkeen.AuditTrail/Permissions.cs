using ETamkeen.Security;

namespace ETamkeen.AuditTrail;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");

    /// <summary>Shortening the retention deletes history, so it is not part of viewing it.</summary>
    public static readonly Permission ManageAuditTrailSettings = new("ManageAuditTrailSettings", "Change how long the audit trail is kept", isSecurityCritical: true);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ViewAuditTrail, ManageAuditTrailSettings]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ViewAuditTrail, ManageAuditTrailSettings])];
}
