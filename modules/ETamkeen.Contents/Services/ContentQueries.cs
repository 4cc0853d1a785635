using ETamkeen.Contents.Indexes;
using ETamkeen.Data;

namespace ETamkeen.Contents.Services;

/// <summary>The lookups handlers and pages share, all through index tables.</summary>
public sealed class ContentQueries(IDocumentSession session)
{
    public async Task<ContentItem?> LatestAsync(string contentItemId) =>
        (await session.QueryAsync<ContentItem, ContentItemIndex>("i.\"ContentItemId\" = @id AND i.\"Latest\" = @yes", new { id = contentItemId, yes = true }, take: 1)).FirstOrDefault();

    public async Task<ContentItem?> PublishedAsync(string contentItemId) =>
        (await session.QueryAsync<ContentItem, ContentItemIndex>("i.\"ContentItemId\" = @id AND i.\"Published\" = @yes", new { id = contentItemId, yes = true }, take: 1)).FirstOrDefault();

    /// <summary>Another item's current path (not a former one), in the same culture.</summary>
    public async Task<bool> PathTakenAsync(string path, string culture, string exceptContentItemId) =>
        await session.CountAsync<ContentItem, AutoroutePartIndex>(
            "i.\"Path\" = @path AND i.\"Culture\" = @culture AND i.\"ContentItemId\" <> @id AND i.\"IsPrevious\" = @no AND (i.\"Latest\" = @yes OR i.\"Published\" = @yes)",
            new { path, culture, id = exceptContentItemId, yes = true, no = false }) > 0;

    public async Task<bool> AliasTakenAsync(string alias, string exceptContentItemId) =>
        await session.CountAsync<ContentItem, AliasPartIndex>(
            "i.\"Alias\" = @alias AND i.\"ContentItemId\" <> @id AND (i.\"Latest\" = @yes OR i.\"Published\" = @yes)",
            new { alias, id = exceptContentItemId, yes = true }) > 0;

    /// <summary>Which of the ids exist as items of this tenant (latest versions).</summary>
    public async Task<HashSet<string>> ExistingAsync(IReadOnlyCollection<string> contentItemIds)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in contentItemIds.Distinct())
        {
            if (await LatestAsync(id) is not null)
            {
                found.Add(id);
            }
        }

        return found;
    }
}
