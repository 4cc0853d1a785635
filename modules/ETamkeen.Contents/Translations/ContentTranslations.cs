using ETamkeen.Contents.Indexes;
using ETamkeen.Data;

namespace ETamkeen.Contents.Translations;

/// <summary>A translation of an item as the editor lists it: its latest version, and whether one is public.</summary>
public sealed record TranslationRow(string ContentItemId, string Culture, bool Published);

/// <summary>
/// The items of one <c>LocalizationPart</c> set: what the public pages link to (published paths,
/// cached per shell) and what the editor lists (every translation, drafts included).
/// </summary>
public sealed class ContentTranslations(IDbConnectionFactory connections, IDocumentSession session, TranslationLinksCache cache)
{
    /// <summary>Culture → published path of each translation that has one.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishedPathsAsync(string localizationSet, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(localizationSet, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await Dapper.SqlMapper.QueryAsync<(string Culture, string Path)>(connection,
            "SELECT l.\"Culture\", a.\"Path\" FROM \"LocalizedContentItemIndex\" l "
            + "INNER JOIN \"AutoroutePartIndex\" a ON a.\"DocumentId\" = l.\"DocumentId\" AND a.\"IsPrevious\" = @no "
            + "WHERE l.\"LocalizationSet\" = @set AND l.\"Published\" = @yes",
            new { set = localizationSet, yes = true, no = false });

        // One culture, one page: should two published items claim it, the first path wins, steadily.
        IReadOnlyDictionary<string, string> paths = rows
            .Where(r => r.Culture.Length > 0)
            .GroupBy(r => r.Culture, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Path).Order(StringComparer.Ordinal).First(), StringComparer.OrdinalIgnoreCase);
        cache.TryAdd(localizationSet, paths, generation);
        return paths;
    }

    /// <summary>Every item of the set, latest versions, with whether each has a published version.</summary>
    public async Task<IReadOnlyList<TranslationRow>> OfSetAsync(string localizationSet, CancellationToken cancellationToken = default)
    {
        const string where = "i.\"LocalizationSet\" = @set AND i.\"Latest\" = @yes";
        var latest = await session.QueryAsync<ContentItem, LocalizedContentItemIndex>(where, new { set = localizationSet, yes = true }, take: 50, cancellationToken: cancellationToken);
        var published = await session.QueryAsync<ContentItem, LocalizedContentItemIndex>(
            "i.\"LocalizationSet\" = @set AND i.\"Published\" = @yes", new { set = localizationSet, yes = true }, take: 50, cancellationToken: cancellationToken);
        var live = published.Select(p => p.ContentItemId).ToHashSet(StringComparer.Ordinal);
        return [.. latest.Select(i => new TranslationRow(i.ContentItemId, (i.Text("LocalizationPart", "Culture") ?? "").ToLowerInvariant(), live.Contains(i.ContentItemId)))];
    }
}
