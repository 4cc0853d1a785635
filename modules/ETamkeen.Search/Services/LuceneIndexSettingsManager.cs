using ETamkeen.Data;
using ETamkeen.Search.Analysis;
using ETamkeen.Search.Models;
using ETamkeen.Settings;

namespace ETamkeen.Search.Services;

/// <summary>The tenant's index settings document, and which index the search page uses.</summary>
public sealed class LuceneIndexSettingsManager(IDocumentSession session, ISiteService site)
{
    public async Task<LuceneIndexSettingsDocument> GetAsync(CancellationToken cancellationToken = default) =>
        await session.FirstOrDefaultAsync<LuceneIndexSettingsDocument>(cancellationToken) ?? new LuceneIndexSettingsDocument();

    public async Task<LuceneIndexSettings?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).Indices.GetValueOrDefault(name);

    public async Task SaveAsync(string name, LuceneIndexSettings settings, CancellationToken cancellationToken = default)
    {
        var document = await GetAsync(cancellationToken);
        document.Indices[name] = settings;
        session.Save(document);
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await GetAsync(cancellationToken);
        if (!document.Indices.Remove(name))
        {
            return false;
        }

        session.Save(document);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The search page's index: the site's <c>LuceneSettings.SearchIndex</c> (Orchard's setting),
    /// else one named <c>default</c> or <c>Search</c>, else the first.
    /// </summary>
    public async Task<string?> DefaultIndexAsync(CancellationToken cancellationToken = default)
    {
        var indices = (await GetAsync(cancellationToken)).Indices;
        var settings = await site.GetAsync(cancellationToken);
        if (settings.Properties.GetValueOrDefault("LuceneSettings") is System.Text.Json.Nodes.JsonObject lucene
            && lucene["SearchIndex"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var chosen) && indices.ContainsKey(chosen))
        {
            return chosen;
        }

        return new[] { "default", "Search" }.FirstOrDefault(indices.ContainsKey) ?? indices.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Index names become folder names: letters, digits, '-' and '_' only.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>What is wrong with the settings, or null.</summary>
    public static string? Problem(string name, LuceneIndexSettings settings)
    {
        if (!IsValidName(name))
        {
            return $"'{name}' is not a valid index name: use letters, digits, '-' and '_' (at most 64).";
        }

        if (!SearchAnalyzers.TryParse(settings.AnalyzerName, out _))
        {
            return $"Unknown analyzer '{settings.AnalyzerName}': use one of {string.Join(", ", SearchAnalyzers.Names)}.";
        }

        foreach (var (facet, source) in settings.Facets)
        {
            if (!IsValidName(facet) || string.IsNullOrWhiteSpace(source))
            {
                return $"Facet '{facet}' needs a name of letters, digits, '-' or '_' and a source such as \"ContentType\" or \"Part.Field\".";
            }
        }

        return null;
    }
}
