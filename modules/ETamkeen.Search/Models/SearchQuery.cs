namespace ETamkeen.Search.Models;

/// <summary>What a visitor asks: text, filters and the page wanted.</summary>
public sealed class SearchQuery
{
    public const int MaxPageSize = 50;

    /// <summary>Lucene keeps this many best hits at most: deep pages are refused, not computed.</summary>
    public const int MaxResults = 1000;

    public string Text { get; init; } = "";
    public string? Culture { get; init; }
    public string? ContentType { get; init; }
    public IReadOnlyDictionary<string, string> Facets { get; init; } = new Dictionary<string, string>();
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
