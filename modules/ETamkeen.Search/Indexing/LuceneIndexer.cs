using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Data;
using ETamkeen.Search.Models;
using ETamkeen.Search.Services;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// Brings the tenant's indexes up to the <c>IndexingTask</c> log: each changed item's published
/// version replaces its document, an item with none (draft only, unpublished, deleted) leaves
/// the index. A missing index is rebuilt from the published content.
/// </summary>
public sealed class LuceneIndexer(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    IndexingTaskStore tasks,
    LuceneIndexStore store,
    LuceneIndexSettingsManager indexes,
    ILogger<LuceneIndexer> logger)
{
    private const int BatchSize = 500;

    // A task younger than this after a hole in the ids may be followed by a slower transaction
    // that took an earlier id: the replay waits for it rather than skipping past it.
    private static readonly TimeSpan HoleWait = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, Dictionary<string, string>> _taxonomies = new(StringComparer.Ordinal);

    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (name, settings) in (await indexes.GetAsync(cancellationToken)).Indices)
        {
            if (store.Position(name) is not { } position)
            {
                await RebuildAsync(name, settings, cancellationToken);
            }
            else if (position.TaskId > 0 && (await tasks.GetAsync(position.TaskId, cancellationToken) is not { } applied || IndexPosition.Of(applied) != position))
            {
                // The log went back (a failed recipe's tables were put back): the index holds
                // changes that no longer exist, and the log may reuse the ids it has passed.
                logger.LogWarning("Search index {Index} is ahead of the indexing log; rebuilding it", name);
                await RebuildAsync(name, settings, cancellationToken);
            }
            else if (store.SettingsFingerprint(name) != settings.Fingerprint())
            {
                // Changed on another node (or by an older version): this copy follows.
                await RebuildAsync(name, settings, cancellationToken);
            }
            else if ((await tasks.AfterAsync(position.TaskId, 1, cancellationToken)).Count > 0)
            {
                await ApplyTasksAsync(name, settings, cancellationToken);
            }
        }
    }

    /// <summary>Empties the index and fills it from the published content; the log is taken from its current end.</summary>
    public async Task RebuildAsync(string name, LuceneIndexSettings settings, CancellationToken cancellationToken = default)
    {
        var last = await tasks.LastAsync(cancellationToken);
        var start = last is null ? IndexPosition.Start : IndexPosition.Of(last);
        var count = 0;
        await store.WriteAsync(name, settings, async (writer, _) =>
        {
            writer.DeleteAll();
            for (var skip = 0; ; skip += BatchSize)
            {
                var items = await session.QueryAsync<ContentItem, ContentItemIndex>(
                    "i.\"Published\" = @yes", new { yes = true }, skip: skip, take: BatchSize, cancellationToken: cancellationToken);
                foreach (var item in items)
                {
                    if (await DocumentAsync(item, settings) is { } document)
                    {
                        writer.AddDocument(document);
                        count++;
                    }
                }

                if (items.Count < BatchSize)
                {
                    return start;
                }
            }
        }, create: true, cancellationToken);
        logger.LogInformation("Search index {Index} rebuilt with {Count} items", name, count);
        await ApplyTasksAsync(name, settings, cancellationToken);
    }

    /// <summary>Empties the index at the start of the log: the next catch-up replays the whole log.</summary>
    public async Task ResetAsync(string name, LuceneIndexSettings settings, CancellationToken cancellationToken = default)
    {
        await store.DeleteAsync(name, cancellationToken);
        await store.WriteAsync(name, settings, (_, _) => Task.FromResult(IndexPosition.Start), create: true, cancellationToken);
    }

    private async Task ApplyTasksAsync(string name, LuceneIndexSettings settings, CancellationToken cancellationToken) =>
        await store.WriteAsync(name, settings, async (writer, position) =>
        {
            while (true)
            {
                var batch = await tasks.AfterAsync(position.TaskId, BatchSize, cancellationToken);
                var applied = batch.TakeWhile((t, i) => !IsFreshHole(t, i == 0 ? position.TaskId : batch[i - 1].Id)).ToList();
                foreach (var id in applied.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal))
                {
                    var published = await PublishedAsync(id, cancellationToken);
                    var document = published is null ? null : await DocumentAsync(published, settings);
                    if (document is null)
                    {
                        writer.DeleteDocuments(new Term(IndexFields.ContentItemId, id));
                    }
                    else
                    {
                        writer.UpdateDocument(new Term(IndexFields.ContentItemId, id), document);
                    }
                }

                if (applied.Count > 0)
                {
                    position = IndexPosition.Of(applied[^1]);
                }

                if (applied.Count < BatchSize)
                {
                    return position;
                }
            }
        }, cancellationToken: cancellationToken);

    private static bool IsFreshHole(IndexingTask task, long previous) =>
        previous > 0 && task.Id != previous + 1 && task.CreatedUtc > DateTime.UtcNow - HoleWait;

    private async Task<ContentItem?> PublishedAsync(string contentItemId, CancellationToken cancellationToken) =>
        (await session.QueryAsync<ContentItem, ContentItemIndex>(
            "i.\"ContentItemId\" = @id AND i.\"Published\" = @yes", new { id = contentItemId, yes = true }, take: 1, cancellationToken: cancellationToken))
        .FirstOrDefault(i => i.Published);

    private async Task<Lucene.Net.Documents.Document?> DocumentAsync(ContentItem item, LuceneIndexSettings settings)
    {
        if (!item.Published || !settings.Indexes(item.ContentType) || !settings.AcceptsCulture(ContentDocumentBuilder.Culture(item)))
        {
            return null;
        }

        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var taxonomy in ContentDocumentBuilder.TaxonomyIds(item))
        {
            foreach (var (id, text) in await TermsAsync(taxonomy))
            {
                terms.TryAdd(id, text);
            }
        }

        return ContentDocumentBuilder.Build(item, await definitions.GetTypeAsync(item.ContentType), settings, terms);
    }

    /// <summary>A taxonomy's terms (nested at any depth) by id, read once per run.</summary>
    private async Task<Dictionary<string, string>> TermsAsync(string taxonomyId)
    {
        if (_taxonomies.TryGetValue(taxonomyId, out var known))
        {
            return known;
        }

        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await PublishedAsync(taxonomyId, CancellationToken.None) is { } taxonomy && taxonomy.Content["TaxonomyPart"]?["Terms"] is JsonArray roots)
        {
            Collect(roots, terms);
        }

        _taxonomies[taxonomyId] = terms;
        return terms;
    }

    private static void Collect(JsonArray items, Dictionary<string, string> terms)
    {
        foreach (var term in items.OfType<JsonObject>())
        {
            if (term["ContentItemId"] is JsonValue idValue && idValue.TryGetValue<string>(out var id)
                && term["DisplayText"] is JsonValue textValue && textValue.TryGetValue<string>(out var text))
            {
                terms.TryAdd(id, text);
            }

            if (term["Terms"] is JsonArray children)
            {
                Collect(children, terms);
            }
        }
    }
}
