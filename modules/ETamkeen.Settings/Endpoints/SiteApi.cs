using ETamkeen.Api;
using ETamkeen.Data;
using ETamkeen.Settings.Models;
using ETamkeen.Settings.Services;
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

    private static async Task<IResult> Update(SiteSettingsModel model, SiteSettingsEditor editor, ISiteService site, CancellationToken cancellationToken)
    {
        try
        {
            var errors = await editor.UpdateAsync(model, cancellationToken);
            if (errors.Count > 0)
            {
                return ApiRoutes.Invalid(errors);
            }
        }
        catch (ConcurrencyException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, e.Message);
        }

        return Results.Ok(SiteSettingsModel.From(await site.GetAsync(cancellationToken)));
    }
}
