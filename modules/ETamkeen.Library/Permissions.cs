using ETamkeen.Security;

namespace ETamkeen.Library;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Publishing is what makes an entry the programme's word, so it is the reviewers' alone.</summary>
    public static readonly Permission ReviewLibraryEntries = new("ReviewLibraryEntries", "See the library's review queue, publish entries or return them to their authors");

    public static readonly Permission SubmitLibraryEntries = new("SubmitLibraryEntries", "Write library entries and submit them for review", [ReviewLibraryEntries]);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([SubmitLibraryEntries, ReviewLibraryEntries]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [SubmitLibraryEntries, ReviewLibraryEntries]),
        new(RoleNames.Editor, [ReviewLibraryEntries]),
        new(RoleNames.Author, [SubmitLibraryEntries]),
        new(RoleNames.Contributor, [SubmitLibraryEntries]),
    ];
}
