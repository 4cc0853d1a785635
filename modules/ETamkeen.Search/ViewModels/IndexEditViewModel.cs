using ETamkeen.Search.Models;

namespace ETamkeen.Search.ViewModels;

/// <summary>The index form: types one per line or comma-separated, facets as <c>name=Part.Field</c> lines.</summary>
public sealed class IndexEditViewModel
{
    public bool IsNew { get; set; }
    public string Name { get; set; } = "";
    public string AnalyzerName { get; set; } = "french";
    public string Culture { get; set; } = "any";
    public string ContentTypes { get; set; } = "";
    public string Facets { get; set; } = "";

    public static IndexEditViewModel From(string name, LuceneIndexSettings settings) => new()
    {
        Name = name,
        AnalyzerName = settings.AnalyzerName,
        Culture = settings.Culture,
        ContentTypes = string.Join(", ", settings.IndexedContentTypes),
        Facets = string.Join("\n", settings.Facets.Select(f => $"{f.Key}={f.Value}")),
    };

    public LuceneIndexSettings ToSettings() => new()
    {
        AnalyzerName = AnalyzerName.Trim(),
        Culture = string.IsNullOrWhiteSpace(Culture) ? "any" : Culture.Trim(),
        IndexedContentTypes = [.. (ContentTypes ?? "").Split([',', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)],
        Facets = (Facets ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2, StringSplitOptions.TrimEntries))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().ElementAtOrDefault(1) ?? "", StringComparer.Ordinal),
    };
}
