using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Hosting;

/// <summary>
/// A page that says what happened for a bare 403 or 404 of a page (not an API): a signed-in user
/// refused an admin page sees why, not an empty screen.
/// </summary>
public static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || http.Response.StatusCode is not (403 or 404))
        {
            return;
        }

        var t = http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(StatusPages));
        var (title, message) = http.Response.StatusCode == 403
            ? (t["Not allowed"], t["You are signed in, but your account is not allowed to open this page. Ask the site's administrator if you need it."])
            : (t["Page not found"], t["There is no page at this address."]);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var dir = Localization.PortalCultures.Direction(culture);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{culture}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
            + $"<body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"{WebUtility.HtmlEncode(http.Request.PathBase + "/")}\">{WebUtility.HtmlEncode(t["Home page"])}</a></p></main></body></html>");
    }
}
