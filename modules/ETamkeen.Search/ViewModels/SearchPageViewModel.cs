using ETamkeen.Search.Models;

namespace ETamkeen.Search.ViewModels;

public sealed class SearchPageViewModel
{
    public required string Culture { get; init; }
    public string Query { get; init; } = "";
    public IReadOnlyDictionary<string, string> SelectedFacets { get; init; } = new Dictionary<string, string>();
    public SearchResult? Result { get; init; }

    /// <summary>Content types' display names, for the type facet and the hits.</summary>
    public IReadOnlyDictionary<string, string> TypeNames { get; init; } = new Dictionary<string, string>();

    public string Label(string facet, string value) =>
        facet == IndexFields.TypeFacet ? TypeNames.GetValueOrDefault(value, value) : value;

    /// <summary>Whether the visitor asked anything yet (words or a facet).</summary>
    public bool Asked => Query.Length > 0 || SelectedFacets.Count > 0;

    public int Pages => Result is null || Result.PageSize == 0
        ? 0
        : (int)Math.Min((Result.Total + Result.PageSize - 1) / Result.PageSize, SearchQuery.MaxResults / Result.PageSize);

    /// <summary>The query string of this search with the changes given (a null value removes the key).</summary>
    public string Link(string path, params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["q"] = Query };
        foreach (var (name, value) in SelectedFacets)
        {
            values["facet." + name] = value;
        }

        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, values.Where(v => v.Value.Length > 0).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
    }
}
