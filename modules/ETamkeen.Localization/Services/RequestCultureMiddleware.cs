using System.Globalization;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Localization.Services;

/// <summary>Runs the request in the culture <see cref="CultureSelector"/> picks among the tenant's cultures.</summary>
public sealed class RequestCultureMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ISiteService site)
    {
        var settings = await site.GetAsync(context.RequestAborted);
        var supported = settings.SupportedCultures.Where(c => PortalCultures.Get(c) is not null).ToList();
        var defaultCulture = PortalCultures.Get(settings.DefaultCulture) is not null ? settings.DefaultCulture : supported.FirstOrDefault() ?? "fr";
        if (supported.Count == 0)
        {
            supported.Add(defaultCulture);
        }

        var (name, source) = CultureSelector.Select(context.Request, defaultCulture, supported);
        var culture = PortalCultures.Get(name) ?? CultureInfo.InvariantCulture;
        context.Features.Set(new RequestCultureFeature(defaultCulture, name, source));

        // The async flow carries these to the rest of the request, and only to it.
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        await next(context);
    }
}
