using ETamkeen.Security;

namespace ETamkeen.Media;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMediaContent = new("ManageMediaContent", "Upload, replace and delete media");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageMediaContent]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageMediaContent]),
        new(RoleNames.Editor, [ManageMediaContent]),
        new(RoleNames.Author, [ManageMediaContent]),
    ];
}
