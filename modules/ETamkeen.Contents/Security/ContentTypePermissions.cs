using System.Collections.Concurrent;
using ETamkeen.Contents.Metadata;
using ETamkeen.Security;

namespace ETamkeen.Contents.Security;

/// <summary>
/// A common content permission made specific to a Securable type, under Orchard's names
/// (<c>Edit_Article</c>, <c>EditOwn_Article</c>...). Each is implied by the common one, so an
/// Editor keeps editing every type, and a role can be given one type only.
/// </summary>
public static class ContentTypePermissions
{
    public static readonly IReadOnlyList<Permission> Common =
    [
        Permissions.PublishContent, Permissions.PublishOwnContent, Permissions.EditContent, Permissions.EditOwnContent,
        Permissions.DeleteContent, Permissions.DeleteOwnContent, Permissions.ViewContent, Permissions.ViewOwnContent,
    ];

    private static readonly Dictionary<string, (string Pattern, string Description)> Templates = new(StringComparer.Ordinal)
    {
        [Permissions.PublishContent.Name] = ("Publish_{0}", "Publish or unpublish {0} for others"),
        [Permissions.PublishOwnContent.Name] = ("PublishOwn_{0}", "Publish or unpublish own {0}"),
        [Permissions.EditContent.Name] = ("Edit_{0}", "Edit {0} for others"),
        [Permissions.EditOwnContent.Name] = ("EditOwn_{0}", "Edit own {0}"),
        [Permissions.DeleteContent.Name] = ("Delete_{0}", "Delete {0} for others"),
        [Permissions.DeleteOwnContent.Name] = ("DeleteOwn_{0}", "Delete own {0}"),
        [Permissions.ViewContent.Name] = ("View_{0}", "View {0} by others"),
        [Permissions.ViewOwnContent.Name] = ("ViewOwn_{0}", "View own {0}"),
    };

    // The same type-specific chain as the common one: PublishOwn_X is implied by Publish_X, and so on.
    private static readonly Dictionary<string, string[]> TypeImplications = new(StringComparer.Ordinal)
    {
        [Permissions.PublishOwnContent.Name] = [Permissions.PublishContent.Name],
        [Permissions.EditContent.Name] = [Permissions.PublishContent.Name],
        [Permissions.EditOwnContent.Name] = [Permissions.EditContent.Name, Permissions.PublishOwnContent.Name],
        [Permissions.DeleteOwnContent.Name] = [Permissions.DeleteContent.Name],
        [Permissions.ViewContent.Name] = [Permissions.EditContent.Name],
        [Permissions.ViewOwnContent.Name] = [Permissions.ViewContent.Name, Permissions.EditOwnContent.Name],
    };

    private static readonly ConcurrentDictionary<(string Common, string Type, string DisplayName), Permission> Built = new();

    public static Permission For(Permission common, ContentTypeDefinition type) => For(common, type.Name, type.DisplayName);

    public static Permission For(Permission common, string typeName, string displayName) =>
        Built.GetOrAdd((common.Name, typeName, displayName), key =>
        {
            var (pattern, description) = Templates[key.Common];
            var impliedBy = new List<Permission> { Common.First(c => c.Name == key.Common) };
            impliedBy.AddRange(TypeImplications.GetValueOrDefault(key.Common, []).Select(n => For(Common.First(c => c.Name == n), key.Type, key.DisplayName)));
            return new Permission(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, key.Type), string.Format(System.Globalization.CultureInfo.InvariantCulture, description, key.DisplayName), impliedBy)
            {
                Category = key.DisplayName,
            };
        });
}
