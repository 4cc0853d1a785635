using ETamkeen.Settings;
using ETamkeen.Theme.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Theme.Controllers;

public sealed class HomeController(ISiteService site) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        return View(new HomeViewModel { SiteName = settings.SiteName, Culture = settings.DefaultCulture });
    }
}
