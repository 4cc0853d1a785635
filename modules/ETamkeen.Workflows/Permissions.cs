using ETamkeen.Security;

namespace ETamkeen.Workflows;

/// <summary>Orchard's workflow permission names, so that its recipes' <c>Roles</c> steps grant them.</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Workflows run scripts and send mail as the site: only administrators get it by default.</summary>
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Manage workflows", isSecurityCritical: true);

    /// <summary>Raising signals that start or resume workflows (<c>POST /api/workflows/signal/{name}</c>).</summary>
    public static readonly Permission ExecuteWorkflows = new("ExecuteWorkflows", "Trigger workflows with signals", [ManageWorkflows]);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageWorkflows, ExecuteWorkflows]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageWorkflows, ExecuteWorkflows])];
}
