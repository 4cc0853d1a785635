using Dapper;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Library.Indexes;
using ETamkeen.Library.ViewModels;

namespace ETamkeen.Library.Services;

/// <summary>
/// The public library of one culture: published entries in that culture, and those of the
/// default culture not translated into it; facets counted over what the other filters leave,
/// from the map index alone; only the page's documents are read.
/// </summary>
public sealed class LibraryCatalog(IDbConnectionFactory db, IDocumentSession session, LibraryTerms terms)
{
    public async Task<LibraryPageViewModel> BrowseAsync(string basePath, string culture, string defaultCulture, string? type, string? axis, string? administration, string? year, string? page, int pageSize)
    {
        var axes = await terms.AxesAsync();
        var filter = LibraryFilter.Parse(type, axis, administration, year, page, axes.Keys.ToHashSet(StringComparer.Ordinal));
        var rows = Localized(await PublishedAsync(), culture, defaultCulture);

        var matching = rows.Where(r => Matches(r, filter)).OrderByDescending(r => r.PublishedUtc).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
        var pages = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var current = Math.Min(filter.Page, pages);
        var entries = new List<LibraryEntrySummary>();
        foreach (var row in matching.Skip((current - 1) * pageSize).Take(pageSize))
        {
            if (await session.GetAsync<ContentItem>(row.DocumentId) is { } item)
            {
                entries.Add(LibraryEntrySummary.From(item, row, axes, culture));
            }
        }

        return new LibraryPageViewModel
        {
            Culture = culture,
            BasePath = basePath,
            Filter = filter with { Page = current },
            Entries = entries,
            Total = matching.Count,
            Pages = pages,
            Types = Facet(rows, filter with { Type = null }, r => [r.ContentType]),
            Axes = [.. Facet(rows, filter with { Axis = null }, r => r.Axes).Where(f => axes.ContainsKey(f.Value))
                .Select(f => f with { Label = axes[f.Value] })],
            Administrations = Facet(rows, filter with { Administration = null }, r => r.Administration.Length == 0 ? [] : [r.Administration]),
            Years = [.. Facet(rows, filter with { Year = null }, r => r.Year is { } y ? [y.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [])
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)],
        };
    }

    private async Task<List<LibraryEntryIndex>> PublishedAsync()
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<LibraryEntryIndex>(
            "SELECT \"DocumentId\", \"ContentItemId\", \"ContentType\", \"Culture\", \"LocalizationSet\", \"Title\", \"AxisTermIds\", \"Administration\", \"Year\", \"PublishedUtc\" "
            + "FROM \"LibraryEntryIndex\" WHERE \"Published\" = @yes", new { yes = true });
        return [.. rows];
    }

    /// <summary>The culture's own entries, then the default culture's whose set has no translation in it.</summary>
    internal static List<LibraryEntryIndex> Localized(List<LibraryEntryIndex> rows, string culture, string defaultCulture)
    {
        string Of(LibraryEntryIndex r) => r.Culture.Length == 0 ? defaultCulture : r.Culture;
        var own = rows.Where(r => Of(r) == culture).ToList();
        var translated = own.Select(r => r.LocalizationSet).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var fallback = culture == defaultCulture ? [] : rows.Where(r => Of(r) == defaultCulture && (r.LocalizationSet.Length == 0 || !translated.Contains(r.LocalizationSet)));
        return [.. own.Concat(fallback)];
    }

    private static bool Matches(LibraryEntryIndex row, LibraryFilter filter) =>
        (filter.Type is null || row.ContentType == filter.Type)
        && (filter.Axis is null || row.Axes.Contains(filter.Axis, StringComparer.Ordinal))
        && (filter.Administration is null || string.Equals(row.Administration, filter.Administration, StringComparison.OrdinalIgnoreCase))
        && (filter.Year is null || row.Year == filter.Year);

    private static List<LibraryFacet> Facet(List<LibraryEntryIndex> rows, LibraryFilter others, Func<LibraryEntryIndex, IEnumerable<string>> values) =>
        [.. rows.Where(r => Matches(r, others))
            .SelectMany(r => values(r).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LibraryFacet(g.Key, g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Label, StringComparer.CurrentCulture)];
}
