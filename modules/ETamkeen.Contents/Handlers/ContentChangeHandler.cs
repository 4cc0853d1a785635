namespace ETamkeen.Contents.Handlers;

/// <summary>For what any content change makes stale (caches of pages, menus): one method instead of five events.</summary>
public abstract class ContentChangeHandler : IContentEventHandler
{
    public Task CreatedAsync(ContentItem item) => ChangedAsync(item);

    public Task UpdatedAsync(ContentItem item) => ChangedAsync(item);

    public Task PublishedAsync(ContentItem item) => ChangedAsync(item);

    public Task UnpublishedAsync(ContentItem item) => ChangedAsync(item);

    public Task RemovedAsync(ContentItem item) => ChangedAsync(item);

    protected abstract Task ChangedAsync(ContentItem item);
}
