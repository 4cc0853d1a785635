using System.Globalization;
using ETamkeen.Contents.Metadata;
using ETamkeen.Search.Endpoints;
using ETamkeen.Search.Services;
using ETamkeen.Search.ViewModels;
using ETamkeen.Security;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Search.Controllers;

/// <summary>
/// <c>/{culture}/search?q=</c>: the site's search page in the public theme. Hits in the page's
/// culture (and those without one), facets as links, ten a page; a query that can't run shows why (400).
/// </summary>
public sealed class SearchController(
    SearchService search,
    ISiteService site,
    IContentDefinitionManager definitions,
    IAuthorizationService authorization) : Controller
{
    private const int PageSize = 10;

    [HttpGet("{culture:regex(^(fr|ar|en)$)}/search")]
    public async Task<IActionResult> Index(string culture, string? q, string? page)
    {
        var settings = await site.GetAsync(HttpContext.RequestAborted);
        if (!settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        if (!await authorization.HasPermissionAsync(User, Permissions.QueryLuceneSearchIndex))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        ViewData["Culture"] = culture;
        ViewData["SiteName"] = settings.SiteName;
        var facets = SearchRequests.Facets(Request.Query);
        var model = new SearchPageViewModel { Culture = culture, Query = q?.Trim() ?? "", SelectedFacets = facets };
        if (!model.Asked)
        {
            return View(model);
        }

        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : page is null ? 1 : 0;
        var result = await search.SearchAsync(SearchRequests.From(Request.Query, number, PageSize, culture), User, cancellationToken: HttpContext.RequestAborted);
        if (result.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new SearchPageViewModel
        {
            Culture = culture,
            Query = model.Query,
            SelectedFacets = facets,
            Result = result,
            TypeNames = (await definitions.ListTypesAsync()).ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal),
        });
    }
}
