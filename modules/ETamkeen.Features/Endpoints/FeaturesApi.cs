using ETamkeen.Api;
using ETamkeen.Modules;
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
        api.MapPost("/{id}/enable", (string id, IShellFeatures features, IModuleCatalog catalog) => ChangeAsync(id, catalog, () => features.EnableAsync([id])));
        api.MapPost("/{id}/disable", (string id, IShellFeatures features, IModuleCatalog catalog) => ChangeAsync(id, catalog, () => features.DisableAsync([id])));
    }

    private static IResult List(IModuleCatalog catalog, IShellFeatures features, ShellSettings shell) =>
        Results.Ok(catalog.Features
            .Where(f => !f.DefaultTenantOnly || shell.IsDefault)
            .Select(f => new
            {
                id = f.Id,
                name = f.Name,
                description = f.Description,
                category = f.Category,
                dependencies = f.Dependencies,
                enabled = features.Enabled.Contains(f.Id),
                alwaysEnabled = f.IsAlwaysEnabled,
            }));

    private static async Task<IResult> ChangeAsync(string id, IModuleCatalog catalog, Func<Task<FeatureChange>> change)
    {
        if (catalog.Find(id) is null)
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
