namespace ETamkeen.Recipes;

public sealed class RecipeResult
{
    public required string RecipeName { get; init; }
    public int StepsRun { get; set; }
    public List<string> Warnings { get; } = [];
}
