using ETamkeen.Security;

namespace ETamkeen.Search;

/// <summary>Orchard's Lucene permission names, so that its recipes' <c>Roles</c> steps grant them.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageLuceneIndexes = new("ManageLuceneIndexes", "Manage the search indexes", isSecurityCritical: true);

    /// <summary>The search page and API; visitors have it by default, a closed site takes it from Anonymous.</summary>
    public static readonly Permission QueryLuceneSearchIndex = new("QueryLuceneSearchIndex", "Search the site", [ManageLuceneIndexes]);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageLuceneIndexes, QueryLuceneSearchIndex]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageLuceneIndexes, QueryLuceneSearchIndex]),
        new(RoleNames.Authenticated, [QueryLuceneSearchIndex]),
        new(RoleNames.Anonymous, [QueryLuceneSearchIndex]),
    ];
}
