using ETamkeen.Contents;
using ETamkeen.Library.Models;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Library.Security;

/// <summary>
/// Only reviewers publish library entries. Publishing rights on content in general (an Author's
/// PublishOwnContent, an Editor's PublishContent) imply the library types' own Publish
/// permissions, so granting alone can't keep them out: this handler fails the check instead,
/// whichever way the content admin and API ask it (the type's Publish_{Type} when the type is
/// Securable, the common permission with the item otherwise).
/// </summary>
public sealed class LibraryPublishGuard(IServiceProvider services) : IAuthorizationHandler
{
    private static readonly HashSet<string> Guarded = new(
        LibraryContent.Types.SelectMany(t => new[] { "Publish_" + t, "PublishOwn_" + t }),
        StringComparer.OrdinalIgnoreCase);

    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        foreach (var requirement in context.Requirements.OfType<PermissionRequirement>())
        {
            if (!IsPublishOfLibraryEntry(requirement.Permission, context.Resource))
            {
                continue;
            }

            // Resolved now, not injected: the authorization service is what asks this handler.
            var authorization = services.GetRequiredService<IAuthorizationService>();
            if (!await authorization.HasPermissionAsync(context.User, Permissions.ReviewLibraryEntries))
            {
                context.Fail(new AuthorizationFailureReason(this, "Library entries are published by reviewers."));
            }
        }
    }

    private static bool IsPublishOfLibraryEntry(Permission permission, object? resource) =>
        Guarded.Contains(permission.Name)
        || (permission.Name is "PublishContent" or "PublishOwnContent" && resource is ContentItem item && LibraryContent.IsLibraryType(item.ContentType));
}
