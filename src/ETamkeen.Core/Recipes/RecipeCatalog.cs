using System.Text.Json.Nodes;

namespace ETamkeen.Recipes;

/// <summary>The <c>*.recipe.json</c> files shipped beside the host, named by their <c>name</c>.</summary>
public sealed class RecipeCatalog : IRecipeCatalog
{
    private readonly Lazy<Dictionary<string, (RecipeInfo Info, string Path)>> _recipes;

    public RecipeCatalog(string folder)
    {
        _recipes = new(() => Load(folder));
    }

    public IReadOnlyList<RecipeInfo> List() => [.. _recipes.Value.Values.Select(r => r.Info).OrderBy(r => r.Name, StringComparer.Ordinal)];

    public string? Read(string name) =>
        _recipes.Value.TryGetValue(name, out var recipe) ? File.ReadAllText(recipe.Path) : null;

    public string? FolderOf(string name) =>
        _recipes.Value.TryGetValue(name, out var recipe) ? Path.GetDirectoryName(recipe.Path) : null;

    private static Dictionary<string, (RecipeInfo, string)> Load(string folder)
    {
        var result = new Dictionary<string, (RecipeInfo, string)>(StringComparer.OrdinalIgnoreCase);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.recipe.json"))
        {
            var fallback = Path.GetFileName(path)[..^".recipe.json".Length];
            JsonObject recipe;
            try
            {
                recipe = RecipeParser.Parse(File.ReadAllText(path));
            }
            catch (RecipeException)
            {
                continue;
            }

            var name = RecipeParser.String(recipe, "name") ?? fallback;
            var info = new RecipeInfo(
                name,
                RecipeParser.String(recipe, "displayName") ?? name,
                RecipeParser.String(recipe, "description") ?? "",
                RecipeParser.Property(recipe, "issetuprecipe") is JsonValue v && v.TryGetValue<bool>(out var setup) && setup);
            result[name] = (info, path);
        }

        return result;
    }
}
