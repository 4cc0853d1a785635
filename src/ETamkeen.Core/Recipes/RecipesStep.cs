using System.Text.Json.Nodes;
using ETamkeen.Shells;

namespace ETamkeen.Recipes;

/// <summary>
/// Orchard's <c>recipes</c> step: <c>{"name": "recipes", "Values": [{"executionid": "...", "name": "blank"}]}</c>
/// runs recipes shipped with the portal, by name, in the same run. A recipe we don't ship is a
/// warning, as a feature we don't have is.
/// </summary>
public sealed class RecipesStep(IRecipeExecutor executor, IRecipeCatalog catalog, ShellSettings shell) : IRecipeStepHandler
{
    private const int MaxDepth = 5;

    public IEnumerable<string> Names => ["recipes"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (RecipeParser.Property(context.Step, "Values") is not JsonArray values)
        {
            throw new RecipeException("A recipes step lists the recipes to run in \"Values\".");
        }

        if (context.Depth >= MaxDepth)
        {
            throw new RecipeException($"Recipes call recipes more than {MaxDepth} levels deep: is one calling itself?");
        }

        foreach (var value in values.OfType<JsonObject>())
        {
            var name = RecipeParser.String(value, "name");
            if (string.IsNullOrWhiteSpace(name) || catalog.Read(name) is not { } json)
            {
                context.Warnings.Add($"recipe '{name}' is not available on this portal and was skipped.");
                continue;
            }

            var result = await executor.ExecuteAsync(shell.Name, json, context.Parameters, catalog.FolderOf(name), cancellationToken, context.Depth + 1);
            context.Warnings.AddRange(result.Warnings.Select(w => $"recipe '{name}': {w}"));
        }
    }
}
