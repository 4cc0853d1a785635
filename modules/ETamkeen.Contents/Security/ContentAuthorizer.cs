using System.Security.Claims;
using ETamkeen.Contents.Metadata;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Contents.Security;

/// <summary>
/// Answers "may this user do that to this item": the Own variant when the user owns the item (or
/// is creating it), the type's own permission when the type is Securable. The API, the admin and
/// the public display all ask here, so they never disagree.
/// </summary>
public sealed class ContentAuthorizer(IAuthorizationService authorization, IContentDefinitionManager definitions)
{
    private static readonly Dictionary<string, Permission> OwnVariants = new(StringComparer.Ordinal)
    {
        [Permissions.EditContent.Name] = Permissions.EditOwnContent,
        [Permissions.PublishContent.Name] = Permissions.PublishOwnContent,
        [Permissions.DeleteContent.Name] = Permissions.DeleteOwnContent,
        [Permissions.ViewContent.Name] = Permissions.ViewOwnContent,
    };

    /// <summary>For an existing item, or for a new one of that type (then <paramref name="item"/> is null and the user will own it).</summary>
    public async Task<bool> CanAsync(ClaimsPrincipal user, Permission common, string contentType, ContentItem? item = null)
    {
        var permission = common;
        var userId = UserId(user);
        if (OwnVariants.TryGetValue(common.Name, out var own) && (item is null || (userId is not null && item.Owner == userId)))
        {
            permission = own;
        }

        if (await definitions.GetTypeAsync(contentType) is { Securable: true } type)
        {
            permission = ContentTypePermissions.For(permission, type);
        }

        return await authorization.HasPermissionAsync(user, permission, item);
    }

    public Task<bool> CanAsync(ClaimsPrincipal user, Permission common, ContentItem item) => CanAsync(user, common, item.ContentType, item);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
