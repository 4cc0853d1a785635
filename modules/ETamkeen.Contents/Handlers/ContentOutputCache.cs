using Microsoft.AspNetCore.OutputCaching;

namespace ETamkeen.Contents.Handlers;

/// <summary>
/// Public content pages are served from the tenant's output cache to anonymous visitors; any
/// change to content empties it, so a publish is visible at once. Requests with a key or a
/// session are never cached (the framework's default rules).
/// </summary>
public sealed class ContentOutputCache(IOutputCacheStore store) : IContentEventHandler
{
    public const string Policy = "ContentPage";
    public const string Tag = "content";

    public Task PublishedAsync(ContentItem item) => EvictAsync();

    public Task UnpublishedAsync(ContentItem item) => EvictAsync();

    public Task UpdatedAsync(ContentItem item) => EvictAsync();

    public Task RemovedAsync(ContentItem item) => EvictAsync();

    public Task EvictAsync() => store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
}
