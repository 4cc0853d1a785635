namespace ETamkeen.Recipes;

/// <summary>Side files of a shipped recipe, read only from inside its folder.</summary>
public static class RecipeFiles
{
    /// <summary>The file's full path, or null when there is no folder, the path leaves it, or the file is missing.</summary>
    public static string? Find(string? folder, string? relativePath)
    {
        if (folder is null || string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath)
            || relativePath.Replace('\\', '/').Split('/').Contains(".."))
        {
            return null;
        }

        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }
}
