namespace ETamkeen.Recipes;

/// <summary>
/// Runs a recipe on a tenant, each step in a fresh scope of the tenant's current shell.
/// <c>[file:...]</c> expressions read side files from <c>recipeFolder</c>.
/// </summary>
public interface IRecipeExecutor
{
    Task<RecipeResult> ExecuteAsync(
        string tenant,
        string recipeJson,
        IReadOnlyDictionary<string, string?> parameters,
        string? recipeFolder = null,
        CancellationToken cancellationToken = default,
        int depth = 0);
}
