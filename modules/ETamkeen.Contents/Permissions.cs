using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Security;
using ETamkeen.Security;

namespace ETamkeen.Contents;

/// <summary>
/// Orchard's content permissions, under Orchard's names, plus View/Edit/EditOwn/Publish/Delete
/// per content type for the types marked Securable.
/// </summary>
public sealed class Permissions(IContentDefinitionManager definitions) : IPermissionProvider
{
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish content for others");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", [PublishContent]);
    public static readonly Permission EditContent = new("EditContent", "Edit content for others", [PublishContent]);
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", [EditContent, PublishOwnContent]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content for others");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", [DeleteContent]);
    public static readonly Permission ViewContent = new("ViewContent", "View all content", [EditContent]);
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", [ViewContent, EditOwnContent]);
    public static readonly Permission ListContent = new("ListContent", "List content items in the admin", [EditOwnContent]);
    public static readonly Permission EditContentTypes = new("EditContentTypes", "Create and change content types", isSecurityCritical: true);
    public static readonly Permission ViewContentTypes = new("ViewContentTypes", "View content types", [EditContentTypes]);
    public static readonly Permission ManageTemplates = new("ManageTemplates", "Change templates and placement", isSecurityCritical: true);

    private static readonly Permission[] All =
        [PublishContent, PublishOwnContent, EditContent, EditOwnContent, DeleteContent, DeleteOwnContent, ViewContent, ViewOwnContent, ListContent, EditContentTypes, ViewContentTypes, ManageTemplates];

    public async Task<IEnumerable<Permission>> GetPermissionsAsync()
    {
        var securable = (await definitions.ListTypesAsync()).Where(t => t.Securable);
        return [.. All, .. securable.SelectMany(t => ContentTypePermissions.Common.Select(c => ContentTypePermissions.For(c, t)))];
    }

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, All),
        new(RoleNames.Editor, [PublishContent, EditContent, DeleteContent, ViewContent, ListContent, ViewContentTypes]),
        new(RoleNames.Author, [PublishOwnContent, EditOwnContent, DeleteOwnContent, ViewOwnContent]),
        new(RoleNames.Contributor, [EditOwnContent, ViewOwnContent]),
        new(RoleNames.Authenticated, [ViewContent]),
        new(RoleNames.Anonymous, [ViewContent]),
    ];
}
