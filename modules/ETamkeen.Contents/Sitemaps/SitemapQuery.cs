using ETamkeen.Contents.Metadata;
using ETamkeen.Data;

namespace ETamkeen.Contents.Sitemaps;

/// <summary>
/// The published pages of a culture, as a sitemap lists them. Items without a culture count as
/// the site's default culture's; types that need a permission to view (Securable) are left out,
/// since a crawler is anonymous.
/// </summary>
public sealed class SitemapQuery(IDbConnectionFactory connections, IContentDefinitionManager definitions)
{
    /// <summary>The protocol's limit of URLs in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    public async Task<IReadOnlyList<SitemapEntry>> PagesAsync(string culture, string defaultCulture, CancellationToken cancellationToken)
    {
        var restricted = (await definitions.ListTypesAsync()).Where(t => t.Securable).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await Dapper.SqlMapper.QueryAsync<PageRow>(connection,
            "SELECT a.\"Path\", a.\"Culture\", c.\"ContentType\", c.\"ModifiedUtc\", c.\"PublishedUtc\", l.\"LocalizationSet\" "
            + "FROM \"AutoroutePartIndex\" a "
            + "INNER JOIN \"ContentItemIndex\" c ON c.\"DocumentId\" = a.\"DocumentId\" "
            + "LEFT JOIN \"LocalizedContentItemIndex\" l ON l.\"DocumentId\" = a.\"DocumentId\" "
            + "WHERE a.\"Published\" = @yes AND a.\"IsPrevious\" = @no",
            new { yes = true, no = false })).Where(r => !restricted.Contains(r.ContentType)).ToList();

        string CultureOf(PageRow row) => string.IsNullOrEmpty(row.Culture) ? defaultCulture : row.Culture;
        var sets = rows.Where(r => !string.IsNullOrEmpty(r.LocalizationSet))
            .GroupBy(r => r.LocalizationSet!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, string>)g.GroupBy(CultureOf, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(c => c.Key, c => c.Select(r => r.Path).Order(StringComparer.Ordinal).First(), StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> none = new Dictionary<string, string>();

        return [.. rows
            .Where(r => string.Equals(CultureOf(r), culture, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .DistinctBy(r => r.Path, StringComparer.Ordinal)
            .Take(MaxUrls)
            .Select(r => new SitemapEntry(r.Path, r.ModifiedUtc ?? r.PublishedUtc, r.LocalizationSet is { Length: > 0 } set ? sets[set] : none))];
    }

    private sealed class PageRow
    {
        public string Path { get; set; } = "";
        public string? Culture { get; set; }
        public string ContentType { get; set; } = "";
        public DateTime? ModifiedUtc { get; set; }
        public DateTime? PublishedUtc { get; set; }
        public string? LocalizationSet { get; set; }
    }
}
