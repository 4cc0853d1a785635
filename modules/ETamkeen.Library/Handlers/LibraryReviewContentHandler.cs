using ETamkeen.Contents;
using ETamkeen.Contents.Handlers;
using ETamkeen.Library.Models;
using ETamkeen.Library.Services;

namespace ETamkeen.Library.Handlers;

/// <summary>
/// Keeps the review table true to the items whoever changes them: an entry published another way
/// (a recipe, the host key) leaves the queue, and a removed entry leaves no row behind.
/// </summary>
public sealed class LibraryReviewContentHandler(LibraryReviewStore reviews) : IContentEventHandler
{
    public async Task PublishedAsync(ContentItem item)
    {
        if (!LibraryContent.IsLibraryType(item.ContentType) || await reviews.GetAsync(item.ContentItemId) is not { } review)
        {
            return;
        }

        review.Status = nameof(LibraryReviewStatus.Published);
        await reviews.SaveAsync(review);
    }

    public async Task RemovedAsync(ContentItem item)
    {
        if (LibraryContent.IsLibraryType(item.ContentType))
        {
            await reviews.DeleteAsync(item.ContentItemId);
        }
    }
}
