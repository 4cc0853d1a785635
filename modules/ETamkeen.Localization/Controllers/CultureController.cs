using ETamkeen.Localization.Services;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Localization.Controllers;

/// <summary>
/// The culture switcher: remembers the visitor's choice in a cookie (scoped to the tenant's
/// prefix) and goes back to the page. A culture the site doesn't offer, or a return address
/// off the site, is ignored.
/// </summary>
public sealed class CultureController(ISiteService site) : Controller
{
    [HttpGet("set-culture")]
    public Task<IActionResult> Set(string? culture, string? returnUrl) => SetAsync(culture, returnUrl);

    [HttpPost("culture")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Post([FromForm] string? culture, [FromForm] string? returnUrl) => SetAsync(culture, returnUrl);

    private async Task<IActionResult> SetAsync(string? culture, string? returnUrl)
    {
        var settings = await site.GetAsync(HttpContext.RequestAborted);
        if (CultureSelector.Supported(culture, settings.SupportedCultures) is { } chosen)
        {
            Response.Cookies.Append(CultureSelector.CookieName, chosen, new CookieOptions
            {
                Path = Request.PathBase.HasValue ? Request.PathBase.Value : "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        }

        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }
}
