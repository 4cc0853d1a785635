using ETamkeen.Localization;
using ETamkeen.Settings;
using ETamkeen.Theme.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Theme.Controllers;

public sealed class HomeController(ISiteService site) : Controller
{
    /// <summary><c>/</c> in the request's culture (or the site's default), <c>/fr</c>, <c>/ar</c>, <c>/en</c> in theirs.</summary>
    [HttpGet("/")]
    [HttpGet("/{culture:regex(^(fr|ar|en)$)}")]
    public async Task<IActionResult> Index(string? culture, CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        if (culture is not null && !settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        // Each culture's home is this page's translation.
        ViewData[PageTranslations.ViewDataKey] = settings.SupportedCultures.ToDictionary(c => c, _ => "", StringComparer.OrdinalIgnoreCase);
        return View(new HomeViewModel { SiteName = settings.SiteName, Culture = culture });
    }
}
