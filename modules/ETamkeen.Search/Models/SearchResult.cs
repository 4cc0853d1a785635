namespace ETamkeen.Search.Models;

/// <summary>A page of hits with the facet counts of every hit, or the reason the query was refused.</summary>
public sealed class SearchResult
{
    public long Total { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; }
    public IReadOnlyList<SearchHit> Items { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();

    /// <summary>Set when the query can't run (bad syntax, page too deep, no index): a message for the visitor.</summary>
    public string? Error { get; init; }

    public static SearchResult Failed(string error) => new() { Error = error };
}

/// <summary>A hit; <see cref="Path"/> is the Autoroute path, without culture or tenant prefix.</summary>
public sealed record SearchHit(string ContentItemId, string ContentType, string DisplayText, string? Culture, string? Path, string Snippet);

public sealed record FacetValue(string Value, long Count);
