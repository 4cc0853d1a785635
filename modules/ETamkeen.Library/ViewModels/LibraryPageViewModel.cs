using System.Globalization;
using ETamkeen.Library.Services;
using Microsoft.AspNetCore.Http.Extensions;

namespace ETamkeen.Library.ViewModels;

public sealed class LibraryPageViewModel
{
    /// <summary>Passed to <see cref="Link"/> for a filter the link keeps as it is.</summary>
    public const string Keep = "\u0000";

    public required string Culture { get; init; }
    public required string BasePath { get; init; }
    public required LibraryFilter Filter { get; init; }
    public required IReadOnlyList<LibraryEntrySummary> Entries { get; init; }
    public int Total { get; init; }
    public int Pages { get; init; }
    public IReadOnlyList<LibraryFacet> Types { get; init; } = [];
    public IReadOnlyList<LibraryFacet> Axes { get; init; } = [];
    public IReadOnlyList<LibraryFacet> Administrations { get; init; } = [];
    public IReadOnlyList<LibraryFacet> Years { get; init; } = [];

    /// <summary>This page's address with filters changed (null removes one); paging restarts unless the page is what changes.</summary>
    public string Link(string? type = Keep, string? axis = Keep, string? administration = Keep, string? year = Keep, int page = 1)
    {
        var query = new QueryBuilder();
        Add(query, "type", type == Keep ? Filter.Type : type);
        Add(query, "axis", axis == Keep ? Filter.Axis : axis);
        Add(query, "administration", administration == Keep ? Filter.Administration : administration);
        Add(query, "year", year == Keep ? Filter.Year?.ToString(CultureInfo.InvariantCulture) : year);
        Add(query, "page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return BasePath + query.ToQueryString();
    }

    private static void Add(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
    }
}
