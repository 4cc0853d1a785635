using ETamkeen.Library.Services;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Library.Controllers;

/// <summary>
/// The public library, <c>/{culture}/library</c>; <c>/{culture}/bibliotheque</c>, the name its
/// entries' paths start with, leads there too. An entry's own page is the normal content page.
/// </summary>
public sealed class LibraryController(LibraryCatalog catalog, ISiteService site) : Controller
{
    private const string Cultures = "{culture:regex(^(fr|ar|en)$)}";

    [HttpGet(Cultures + "/library")]
    public async Task<IActionResult> Index(string culture, string? type, string? axis, string? administration, string? year, string? page)
    {
        var settings = await site.GetAsync();
        var model = await catalog.BrowseAsync(
            $"{Request.PathBase}/{culture}/library", culture, settings.DefaultCulture, type, axis, administration, year, page, settings.PageSize);
        ViewData["Culture"] = culture;
        ViewData["SiteName"] = settings.SiteName;
        return View(model);
    }

    [HttpGet(Cultures + "/bibliotheque")]
    public IActionResult Alias(string culture) => RedirectPermanent($"{Request.PathBase}/{culture}/library{Request.QueryString}");
}
