namespace ETamkeen.Recipes;

/// <summary>Runs one kind of recipe step. Step names match case-insensitively.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step name this handler answers, e.g. <c>feature</c>.</summary>
    IEnumerable<string> Names { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
