using ETamkeen.Contents;
using ETamkeen.Contents.Handlers;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// Indexes right after a change on the node that made it, so an editor finds what they just
/// published; other nodes catch up from the log. A failure here is logged, never the editor's:
/// the change is stored and the log will bring it in.
/// </summary>
public sealed class SearchContentHandler(LuceneIndexer indexer, ILogger<SearchContentHandler> logger) : IContentEventHandler
{
    public Task PublishedAsync(ContentItem item) => CatchUpAsync();

    public Task UnpublishedAsync(ContentItem item) => CatchUpAsync();

    public Task RemovedAsync(ContentItem item) => CatchUpAsync();

    // A published item saved in place (not draftable) is changed without a new publish.
    public Task UpdatedAsync(ContentItem item) => item.Published ? CatchUpAsync() : Task.CompletedTask;

    private async Task CatchUpAsync()
    {
        try
        {
            await indexer.CatchUpAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Indexing after a content change failed; the background task will retry");
        }
    }
}
