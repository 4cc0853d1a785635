using ETamkeen.Modules;
using ETamkeen.Shells;

namespace ETamkeen.Recipes;

/// <summary>
/// Orchard's <c>feature</c> step: <c>{"name": "feature", "enable": [...], "disable": [...]}</c>.
/// An Orchard Core feature id enables our feature that stands for it; features this host
/// lacks (Orchard modules we don't have) are warnings, not failures.
/// </summary>
public sealed class FeatureStep(IShellFeatures features, IModuleCatalog catalog) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["feature"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var disable = Available(RecipeParser.Strings(context.Step, "disable"), context);
        var enable = Available(RecipeParser.Strings(context.Step, "enable"), context);
        try
        {
            if (disable.Count > 0)
            {
                await features.DisableAsync(disable);
            }

            if (enable.Count > 0)
            {
                await features.EnableAsync(enable);
            }
        }
        catch (FeatureChangeException e)
        {
            throw new RecipeException(e.Message);
        }
    }

    private List<string> Available(IEnumerable<string> ids, RecipeStepContext context)
    {
        var result = new List<string>();
        foreach (var id in ids)
        {
            if (catalog.FindOrReplacement(id) is { } feature)
            {
                result.Add(feature.Id);
            }
            else
            {
                context.Warnings.Add($"feature '{id}' is not available on this portal and was skipped.");
            }
        }

        return [.. result.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
