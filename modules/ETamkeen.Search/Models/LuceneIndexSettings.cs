namespace ETamkeen.Search.Models;

/// <summary>
/// One index, in the shape of Orchard's <c>lucene-index</c> step (<c>AnalyzerName</c>,
/// <c>IndexLatest</c>, <c>IndexedContentTypes</c>, <c>Culture</c>) plus our <c>Facets</c>:
/// facet name → where its value is read (<c>ContentType</c>, or <c>Part.Field</c>).
/// </summary>
public sealed class LuceneIndexSettings
{
    public string AnalyzerName { get; set; } = "standard";

    /// <summary>Accepted for Orchard's recipes; only published versions are ever indexed, so visitors never find a draft.</summary>
    public bool IndexLatest { get; set; }

    /// <summary>The types indexed; empty indexes every type.</summary>
    public List<string> IndexedContentTypes { get; set; } = [];

    /// <summary>A culture (<c>fr</c>) to index only items in it; <c>any</c> or empty for all.</summary>
    public string Culture { get; set; } = "any";

    public Dictionary<string, string> Facets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What the index's content depends on, kept in each commit: a node whose copy was written
    /// with other settings (changed on another node) rebuilds it.
    /// </summary>
    public string Fingerprint() => string.Join(
        "|",
        AnalyzerName.ToLowerInvariant(),
        Culture,
        string.Join(",", IndexedContentTypes.Order(StringComparer.Ordinal)),
        string.Join(",", Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)));

    public bool Indexes(string contentType) =>
        IndexedContentTypes.Count == 0 || IndexedContentTypes.Contains(contentType, StringComparer.Ordinal);

    public bool AcceptsCulture(string? culture) =>
        string.IsNullOrEmpty(Culture) || Culture == "any" || string.IsNullOrEmpty(culture) || string.Equals(Culture, culture, StringComparison.OrdinalIgnoreCase);
}
