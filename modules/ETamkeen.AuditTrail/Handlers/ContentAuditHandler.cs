using ETamkeen.Contents;
using ETamkeen.Contents.Handlers;

namespace ETamkeen.AuditTrail.Handlers;

/// <summary>Records what happens to content, whoever does it (admin, API or recipe), from the content events.</summary>
public sealed class ContentAuditHandler(IAuditTrail audit) : IContentEventHandler
{
    public Task CreatedAsync(ContentItem item) => RecordAsync("Created", item);

    public Task UpdatedAsync(ContentItem item) => RecordAsync("Updated", item);

    public Task PublishedAsync(ContentItem item) => RecordAsync("Published", item);

    public Task UnpublishedAsync(ContentItem item) => RecordAsync("Unpublished", item);

    public Task RemovedAsync(ContentItem item) => RecordAsync("Removed", item);

    private Task RecordAsync(string action, ContentItem item) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Content, action, item.ContentItemId)
        {
            SubjectDisplay = string.IsNullOrEmpty(item.DisplayText) ? null : item.DisplayText,
            Details = AuditEvent.Json(new { contentType = item.ContentType, contentItemVersionId = item.ContentItemVersionId }),
        });
}
