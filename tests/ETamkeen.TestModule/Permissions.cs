using ETamkeen.Security;

namespace ETamkeen.TestModule;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageNotes = new("ManageNotes", "Manage the test module's notes");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageNotes]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ManageNotes])];
}
