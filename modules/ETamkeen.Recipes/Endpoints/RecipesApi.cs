using ETamkeen.Api;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Recipes.Endpoints;

public static class RecipesApi
{
    /// <summary>Recipes above this size are refused before parsing: they are documents, not bulk data.</summary>
    private const int MaxRecipeBytes = 16 * 1024 * 1024;

    public static void MapRecipesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/recipes", Security.StandardPermissions.ManageTenantData);
        api.MapGet("/", (IRecipeCatalog catalog) => Results.Ok(catalog.List()));
        api.MapPost("/", Run);
    }

    private static async Task<IResult> Run(
        HttpRequest request,
        IRecipeExecutor executor,
        ShellSettings shell,
        ShellHost host,
        Data.IDbConnectionFactory db,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRecipeBytes)
        {
            var t = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(RecipesApi));
            return ApiRoutes.Problem(StatusCodes.Status413PayloadTooLarge, t["A recipe is at most {0} MB.", MaxRecipeBytes / 1024 / 1024]);
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            // A recipe that isn't one fails here, before the tenant's data is copied.
            RecipeParser.Parse(json);
        }
        catch (RecipeException e)
        {
            return ApiRoutes.Invalid("recipe", e.Message);
        }

        // All or nothing: a failing step puts the tenant's data back as it was before the recipe.
        await using var snapshot = await Data.TenantSnapshot.TakeAsync(db, cancellationToken);
        try
        {
            var result = await executor.ExecuteAsync(shell.Name, json, new Dictionary<string, string?>(), cancellationToken: cancellationToken);
            return Results.Ok(new { recipe = result.RecipeName, stepsRun = result.StepsRun, warnings = result.Warnings });
        }
        catch (RecipeException e)
        {
            await snapshot.RestoreAsync(CancellationToken.None);

            // Features and cached definitions of the failed run live in the shell: start afresh.
            await host.ReleaseAsync(shell.Name);
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["recipe"] = [e.Message] },
                title: e.Message,
                extensions: new Dictionary<string, object?> { ["stepIndex"] = e.StepIndex, ["stepName"] = e.StepName });
        }
    }
}
