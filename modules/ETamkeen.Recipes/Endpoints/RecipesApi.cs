using ETamkeen.Api;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Recipes.Endpoints;

public static class RecipesApi
{
    /// <summary>Recipes above this size are refused before parsing: they are documents, not bulk data.</summary>
    private const int MaxRecipeBytes = 16 * 1024 * 1024;

    public static void MapRecipesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/recipes");
        api.MapGet("/", (IRecipeCatalog catalog) => Results.Ok(catalog.List()));
        api.MapPost("/", Run);
    }

    private static async Task<IResult> Run(HttpRequest request, IRecipeExecutor executor, ShellSettings shell, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRecipeBytes)
        {
            return ApiRoutes.Problem(StatusCodes.Status413PayloadTooLarge, $"A recipe is at most {MaxRecipeBytes / 1024 / 1024} MB.");
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var result = await executor.ExecuteAsync(shell.Name, json, new Dictionary<string, string?>(), cancellationToken: cancellationToken);
            return Results.Ok(new { recipe = result.RecipeName, stepsRun = result.StepsRun, warnings = result.Warnings });
        }
        catch (RecipeException e)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["recipe"] = [e.Message] },
                title: e.Message,
                extensions: new Dictionary<string, object?> { ["stepIndex"] = e.StepIndex, ["stepName"] = e.StepName });
        }
    }
}
