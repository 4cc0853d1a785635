namespace ETamkeen.Security;

/// <summary>The kernel's own permissions: into the admin, and recipes on the tenant.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public Task<IEnumerable<Permission>> GetPermissionsAsync() =>
        Task.FromResult<IEnumerable<Permission>>([StandardPermissions.AccessAdminPanel, StandardPermissions.ManageTenantData]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [StandardPermissions.AccessAdminPanel, StandardPermissions.ManageTenantData]),
        new(RoleNames.Editor, [StandardPermissions.AccessAdminPanel]),
        new(RoleNames.Author, [StandardPermissions.AccessAdminPanel]),
        new(RoleNames.Contributor, [StandardPermissions.AccessAdminPanel]),
        new(RoleNames.FocalPoint, [StandardPermissions.AccessAdminPanel]),
    ];
}
