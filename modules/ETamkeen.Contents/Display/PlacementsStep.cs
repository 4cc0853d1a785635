using ETamkeen.Recipes;

namespace ETamkeen.Contents.Display;

/// <summary>
/// Orchard's <c>Placements</c> step: <c>{"name":"Placements","Placements":{"TextField":[{"place":"-"}]}}</c>.
/// Each shape type given replaces that shape type's rules; a rule that can't be applied fails
/// the step (the recipe runner then puts the tenant back as it was).
/// </summary>
public sealed class PlacementsStep(PlacementsManager placements) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["Placements"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Dictionary<string, List<PlacementRule>> rules;
        try
        {
            rules = PlacementParser.Parse(RecipeParser.Property(context.Step, "Placements"), context.Warnings);
        }
        catch (PlacementException e)
        {
            throw new RecipeException($"Placements: {e.Message}");
        }

        await placements.MergeAsync(rules, cancellationToken);
    }
}
