using Dapper;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Search.Models;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// Logs every saved or deleted content item in <c>IndexingTask</c>, inside the transaction that
/// stores it: a change is in the log if and only if it is in the database, whichever node made it.
/// </summary>
public sealed class IndexingTaskParticipant : IDocumentCommitParticipant
{
    public async Task CommittingAsync(DocumentCommitContext context, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in context.Deleted.OfType<ContentItem>())
        {
            changes.TryAdd(item.ContentItemId, IndexingTask.Delete);
        }

        // A save among the deletes (a new version replacing old ones) means the item lives on.
        foreach (var item in context.Saved.OfType<ContentItem>())
        {
            changes[item.ContentItemId] = IndexingTask.Update;
        }

        if (changes.Count == 0)
        {
            return;
        }

        var sql = IndexingTaskStore.InsertSql(context.Dialect);
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        foreach (var (id, type) in changes)
        {
            await context.Connection.ExecuteAsync(new CommandDefinition(
                sql, new { id, type, now }, context.Transaction, cancellationToken: cancellationToken));
        }
    }
}
