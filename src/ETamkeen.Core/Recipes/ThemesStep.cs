using ETamkeen.Modules;
using ETamkeen.Shells;

namespace ETamkeen.Recipes;

/// <summary>
/// Orchard's <c>themes</c> step: <c>{"name": "themes", "site": "TheBlogTheme", "admin": "TheAdmin"}</c>.
/// A theme we have (by id, or an Orchard theme one of ours stands for) is enabled; any other
/// is a warning and the portal's own theme stays.
/// </summary>
public sealed class ThemesStep(IShellFeatures features, IModuleCatalog catalog) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["themes"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enable = new List<string>();
        foreach (var role in new[] { "site", "admin" })
        {
            if (RecipeParser.String(context.Step, role) is not { Length: > 0 } name)
            {
                continue;
            }

            if (catalog.FindOrReplacement(name) is { Category: "Theme" } theme)
            {
                enable.Add(theme.Id);
            }
            else
            {
                context.Warnings.Add($"{role} theme '{name}' is not available on this portal; the portal's own theme is used.");
            }
        }

        if (enable.Count > 0)
        {
            try
            {
                await features.EnableAsync(enable);
            }
            catch (FeatureChangeException e)
            {
                throw new RecipeException(e.Message);
            }
        }
    }
}
