using ETamkeen.Api;
using ETamkeen.Data;
using ETamkeen.Settings.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Settings.Endpoints;

public static class SiteApi
{
    public static void MapSiteApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/site", Permissions.ManageSettings);
        api.MapGet("/", async (ISiteService site, CancellationToken ct) => Results.Ok(SiteSettingsModel.From(await site.GetAsync(ct))));
        api.MapPut("/", Update);
    }

    private static async Task<IResult> Update(SiteSettingsModel model, ISiteService site, CancellationToken cancellationToken)
    {
        var errors = model.Validate();
        if (errors.Count > 0)
        {
            return ApiRoutes.Invalid(errors);
        }

        try
        {
            await site.UpdateAsync(s =>
            {
                if (model.Version is { } expected && expected != s.Version)
                {
                    throw new ConcurrencyException($"The settings changed since version {expected} was read (now {s.Version}).");
                }

                s.SiteName = model.SiteName?.Trim() ?? s.SiteName;
                s.SupportedCultures = model.SupportedCultures ?? s.SupportedCultures;
                s.DefaultCulture = model.DefaultCulture ?? s.DefaultCulture;
                if (!s.SupportedCultures.Contains(s.DefaultCulture, StringComparer.OrdinalIgnoreCase))
                {
                    s.SupportedCultures.Insert(0, s.DefaultCulture);
                }

                s.TimeZoneId = model.TimeZoneId ?? s.TimeZoneId;
                s.PageSize = model.PageSize ?? s.PageSize;
            }, cancellationToken);
        }
        catch (ConcurrencyException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, e.Message);
        }

        return Results.Ok(SiteSettingsModel.From(await site.GetAsync(cancellationToken)));
    }
}
