namespace ETamkeen.Recipes;

/// <summary>The recipes shipped in <c>recipes/</c>, by name.</summary>
public interface IRecipeCatalog
{
    IReadOnlyList<RecipeInfo> List();

    /// <summary>The recipe's text, or null when no recipe has that name.</summary>
    string? Read(string name);

    /// <summary>The folder holding the recipe's side files.</summary>
    string? FolderOf(string name);
}

public sealed record RecipeInfo(string Name, string DisplayName, string Description, bool IsSetupRecipe);
