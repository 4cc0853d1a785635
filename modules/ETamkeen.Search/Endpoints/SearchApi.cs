using System.Security.Claims;
using ETamkeen.Api;
using ETamkeen.Search.Models;
using ETamkeen.Search.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Search.Endpoints;

/// <summary>
/// <c>GET /api/search?q=&amp;culture=&amp;type=&amp;page=&amp;pageSize=&amp;facet.{name}=</c>: a page of
/// hits with snippets and facet counts as JSON; a query that can't run is a 400 with its reason.
/// </summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder routes) =>
        routes.MapApiGroup("/api/search", Permissions.QueryLuceneSearchIndex).MapGet("/", SearchAsync);

    private static async Task<IResult> SearchAsync(HttpContext context, SearchService search, ClaimsPrincipal user)
    {
        var request = context.Request.Query;
        if (!TryInt(request["page"], 1, out var page) || !TryInt(request["pageSize"], 10, out var pageSize))
        {
            return Error("page and pageSize are whole numbers.");
        }

        var result = await search.SearchAsync(SearchRequests.From(request, page, pageSize), user, cancellationToken: context.RequestAborted);
        if (result.Error is not null)
        {
            return Error(result.Error);
        }

        var defaultCulture = request["culture"].ToString();
        return Results.Ok(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            items = result.Items.Select(i => new
            {
                contentItemId = i.ContentItemId,
                contentType = i.ContentType,
                displayText = i.DisplayText,
                culture = i.Culture,
                url = SearchRequests.Url(context.Request.PathBase, i, defaultCulture),
                snippet = i.Snippet,
            }),
            facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
        });
    }

    private static IResult Error(string message) =>
        Results.Json(new { error = message, status = StatusCodes.Status400BadRequest }, statusCode: StatusCodes.Status400BadRequest);

    private static bool TryInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int result)
    {
        result = fallback;
        return string.IsNullOrEmpty(value) || int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out result);
    }
}
