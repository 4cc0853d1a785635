using ETamkeen.Api;
using ETamkeen.Features.Services;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Features.Endpoints;

public static class FeaturesApi
{
    public static void MapFeaturesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/features", Permissions.ManageFeatures);
        api.MapGet("/", List);
        api.MapPost("/{id}/enable", (string id, TenantFeatures features) => ChangeAsync(id, features, () => features.EnableAsync(id)));
        api.MapPost("/{id}/disable", (string id, TenantFeatures features) => ChangeAsync(id, features, () => features.DisableAsync(id)));
    }

    private static IResult List(TenantFeatures features) =>
        Results.Ok(features.List().Select(f => new
        {
            id = f.Info.Id,
            name = f.Info.Name,
            description = f.Info.Description,
            category = f.Info.Category,
            dependencies = f.Info.Dependencies,
            enabled = f.Enabled,
            alwaysEnabled = f.Info.IsAlwaysEnabled,
        }));

    private static async Task<IResult> ChangeAsync(string id, TenantFeatures features, Func<Task<FeatureChange>> change)
    {
        if (features.Find(id) is null)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No feature '{id}'.");
        }

        try
        {
            var result = await change();
            return Results.Ok(new { enabled = result.Enabled, disabled = result.Disabled });
        }
        catch (FeatureChangeException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status400BadRequest, e.Message);
        }
    }
}
