using ETamkeen.Search.Models;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Search.Endpoints;

/// <summary>What the page and the API read from a query string, and how they link a hit.</summary>
public static class SearchRequests
{
    public const string FacetPrefix = "facet.";

    public static SearchQuery From(IQueryCollection request, int page, int pageSize, string? culture = null) => new()
    {
        Text = request["q"].ToString(),
        Culture = culture ?? NullIfEmpty(request["culture"].ToString()),
        ContentType = NullIfEmpty(request["type"].ToString()),
        Facets = Facets(request),
        Page = page,
        PageSize = pageSize,
    };

    public static Dictionary<string, string> Facets(IQueryCollection request) =>
        request.Where(p => p.Key.StartsWith(FacetPrefix, StringComparison.Ordinal) && p.Key.Length > FacetPrefix.Length && !string.IsNullOrEmpty(p.Value))
            .ToDictionary(p => p.Key[FacetPrefix.Length..], p => p.Value.ToString(), StringComparer.Ordinal);

    /// <summary>The hit's public page, <c>/{culture}/{path}</c> after the tenant's prefix; null for an item without a path.</summary>
    public static string? Url(PathString pathBase, SearchHit hit, string? fallbackCulture) =>
        string.IsNullOrEmpty(hit.Path) ? null : $"{pathBase}/{hit.Culture ?? NullIfEmpty(fallbackCulture) ?? "fr"}/{hit.Path}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
