namespace ETamkeen.Recipes;

/// <summary>Runs a recipe on a tenant, each step in a fresh scope of the tenant's current shell.</summary>
public interface IRecipeExecutor
{
    Task<RecipeResult> ExecuteAsync(
        string tenant,
        string recipeJson,
        IReadOnlyDictionary<string, string?> parameters,
        CancellationToken cancellationToken = default);
}
