using ETamkeen.BackgroundTasks;

namespace ETamkeen.Search.Indexing;

/// <summary>Every node replays the log into its own indexes, so that a change made on another node is found here too.</summary>
public sealed class IndexingBackgroundTask(LuceneIndexer indexer) : IBackgroundTask
{
    public string Name => "Search indexing";

    public Task ExecuteAsync(CancellationToken cancellationToken) => indexer.CatchUpAsync(cancellationToken);
}
