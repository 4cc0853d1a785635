using System.Security.Claims;
using ETamkeen.AuditTrail;
using ETamkeen.Contents;
using ETamkeen.Contents.Security;
using ETamkeen.Library.Models;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Library.Services;

/// <summary>
/// The editorial flow of an entry: draft → submitted → published, or back to its author with a
/// comment. The submitted state lives in the review table; publishing goes through the content
/// manager, so that the public pages, indexes and caches follow as for any item.
/// </summary>
public sealed class LibraryReviewService(
    IContentManager contents,
    LibraryReviewStore reviews,
    ContentAuthorizer authorizer,
    IAuthorizationService authorization,
    IEnumerable<IAuditTrail> audit)
{
    public const int MaxCommentLength = 2000;

    public async Task<LibraryActionResult> SubmitAsync(ClaimsPrincipal user, string contentItemId)
    {
        if (await contents.GetAsync(contentItemId, VersionOptions.Latest) is not { } item || !LibraryContent.IsLibraryType(item.ContentType))
        {
            return LibraryActionResult.NotFound;
        }

        if (!await authorization.HasPermissionAsync(user, Permissions.SubmitLibraryEntries)
            || !await authorizer.CanAsync(user, ETamkeen.Contents.Permissions.EditContent, item))
        {
            return LibraryActionResult.Forbidden;
        }

        var review = await reviews.GetAsync(contentItemId) ?? new LibraryReview { ContentItemId = contentItemId };
        if (item.Published || review.State == LibraryReviewStatus.Submitted)
        {
            return LibraryActionResult.Conflict;
        }

        review.Status = nameof(LibraryReviewStatus.Submitted);
        review.SubmittedBy = user.Identity?.Name;
        review.SubmittedUtc = DateTime.UtcNow;
        review.ReturnComment = null;
        await reviews.SaveAsync(review);
        await RecordAsync("Submitted", item, null);
        return LibraryActionResult.Done;
    }

    public async Task<LibraryActionResult> PublishAsync(ClaimsPrincipal user, string contentItemId)
    {
        if (await contents.GetAsync(contentItemId, VersionOptions.Latest) is not { } item || !LibraryContent.IsLibraryType(item.ContentType))
        {
            return LibraryActionResult.NotFound;
        }

        if (!await authorization.HasPermissionAsync(user, Permissions.ReviewLibraryEntries))
        {
            return LibraryActionResult.Forbidden;
        }

        var review = await reviews.GetAsync(contentItemId);
        if (review?.State != LibraryReviewStatus.Submitted)
        {
            return LibraryActionResult.Conflict;
        }

        var result = await contents.PublishAsync(item);
        if (!result.Succeeded)
        {
            return LibraryActionResult.Invalid;
        }

        review.Status = nameof(LibraryReviewStatus.Published);
        review.ReviewedBy = user.Identity?.Name;
        review.ReviewedUtc = DateTime.UtcNow;
        review.ReturnComment = null;
        await reviews.SaveAsync(review);
        await RecordAsync("Published", item, null);
        return LibraryActionResult.Done;
    }

    public async Task<LibraryActionResult> ReturnAsync(ClaimsPrincipal user, string contentItemId, string? comment)
    {
        if (await contents.GetAsync(contentItemId, VersionOptions.Latest) is not { } item || !LibraryContent.IsLibraryType(item.ContentType))
        {
            return LibraryActionResult.NotFound;
        }

        if (!await authorization.HasPermissionAsync(user, Permissions.ReviewLibraryEntries))
        {
            return LibraryActionResult.Forbidden;
        }

        comment = comment?.Trim();
        if (string.IsNullOrEmpty(comment) || comment.Length > MaxCommentLength)
        {
            return LibraryActionResult.Invalid;
        }

        var review = await reviews.GetAsync(contentItemId);
        if (review?.State != LibraryReviewStatus.Submitted)
        {
            return LibraryActionResult.Conflict;
        }

        review.Status = nameof(LibraryReviewStatus.Returned);
        review.ReturnComment = comment;
        review.ReviewedBy = user.Identity?.Name;
        review.ReviewedUtc = DateTime.UtcNow;
        await reviews.SaveAsync(review);
        await RecordAsync("Returned", item, comment);
        return LibraryActionResult.Done;
    }

    private Task RecordAsync(string action, ContentItem item, string? comment) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Content, action, item.ContentItemId)
        {
            SubjectDisplay = string.IsNullOrEmpty(item.DisplayText) ? null : item.DisplayText,
            Details = AuditEvent.Json(new { contentType = item.ContentType, library = true, comment }),
        });
}
