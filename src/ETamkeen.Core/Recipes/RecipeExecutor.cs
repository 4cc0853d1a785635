using System.Text.Json.Nodes;
using ETamkeen.Recipes.Scripting;
using ETamkeen.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Recipes;

/// <summary>
/// Runs a recipe's steps in order, each in a fresh scope of the tenant's current shell, so
/// that a feature enabled by one step is live for the next. A step nobody handles is a
/// warning; a step that fails stops the recipe with its index, name and reason.
/// </summary>
public sealed class RecipeExecutor(ShellHost host, IConfiguration configuration, ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public async Task<RecipeResult> ExecuteAsync(
        string tenant,
        string recipeJson,
        IReadOnlyDictionary<string, string?> parameters,
        string? recipeFolder = null,
        CancellationToken cancellationToken = default,
        int depth = 0)
    {
        var recipe = RecipeParser.Parse(recipeJson);
        var name = RecipeParser.String(recipe, "name") ?? "recipe";
        var steps = (JsonArray)RecipeParser.Property(recipe, "steps")!;
        var result = new RecipeResult { RecipeName = name };
        using var expressions = new RecipeExpressionEvaluator(recipe, parameters, key => configuration[key], recipeFolder);
        result.Warnings.AddRange(expressions.VariableWarnings.Select(w => $"variables: {w}"));

        for (var index = 0; index < steps.Count; index++)
        {
            if (steps[index] is not JsonObject raw || RecipeParser.String(raw, "name") is not { Length: > 0 } stepName)
            {
                throw new RecipeException($"Step {index} has no \"name\".", index);
            }

            var expressionWarnings = new List<string>();
            JsonObject step;
            try
            {
                step = expressions.EvaluateStep(raw, expressionWarnings);
            }
            catch (RecipeException e)
            {
                throw new RecipeException($"Step {index} '{stepName}' failed: {e.Message}", index, stepName, e);
            }

            result.Warnings.AddRange(expressionWarnings.Select(w => $"Step {index} '{stepName}': {w}"));

            var shell = await host.AcquireAsync(tenant, cancellationToken);
            try
            {
                await using var scope = shell.Services.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>()
                    .FirstOrDefault(h => h.Names.Contains(stepName, StringComparer.OrdinalIgnoreCase));
                if (handler is null)
                {
                    result.Warnings.Add($"Step {index} '{stepName}' is not supported here and was skipped.");
                    continue;
                }

                var context = new RecipeStepContext
                {
                    RecipeName = name,
                    StepIndex = index,
                    StepName = stepName,
                    Step = step,
                    Parameters = parameters,
                    RecipeFolder = recipeFolder,
                    Depth = depth,
                };
                await handler.ExecuteAsync(context, cancellationToken);
                result.Warnings.AddRange(context.Warnings.Select(w => $"Step {index} '{stepName}': {w}"));
                result.StepsRun++;
            }
            catch (RecipeException e) when (e.StepIndex is null)
            {
                throw new RecipeException($"Step {index} '{stepName}' failed: {e.Message}", index, stepName, e);
            }
            catch (Exception e) when (e is not (RecipeException or OperationCanceledException))
            {
                logger.LogWarning(e, "Recipe {Recipe} step {Index} {Step} failed on {Tenant}", name, index, stepName, tenant);
                throw new RecipeException($"Step {index} '{stepName}' failed: {e.Message}", index, stepName, e);
            }
            finally
            {
                await shell.ReleaseLeaseAsync();
            }
        }

        return result;
    }
}
