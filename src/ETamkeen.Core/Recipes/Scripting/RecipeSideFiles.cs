using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ETamkeen.Recipes.Scripting;

/// <summary>
/// <c>[file:text('path')]</c> and <c>[file:base64('path')]</c>: files shipped next to a
/// recipe. Recipes can come from uploads, so a path may only name a file inside the
/// recipe's own folder.
/// </summary>
internal sealed partial class RecipeSideFiles(string? folder)
{
    // Side files hold templates and snippets; anything this big is a mistake, not a snippet.
    private const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly string? _folder = folder is null ? null : Path.GetFullPath(folder);

    public JsonNode Evaluate(string body, ICollection<string> warnings)
    {
        var match = FileCall().Match(body);
        if (!match.Success)
        {
            throw new RecipeException(
                $"The expression [file:{body}] is not understood: use [file:text('relative/path')] or [file:base64('relative/path')].");
        }

        var method = match.Groups["method"].Value;
        var relative = match.Groups["single"].Success ? match.Groups["single"].Value : match.Groups["double"].Value;
        var path = Resolve(relative);
        if (path is null)
        {
            warnings.Add($"Side file '{relative}' can't be read: this recipe has no folder of its own. The value was left empty.");
            return JsonValue.Create(string.Empty);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            warnings.Add($"Side file '{relative}' was not found next to the recipe. The value was left empty.");
            return JsonValue.Create(string.Empty);
        }

        if (file.Length > MaxFileBytes)
        {
            throw new RecipeException($"Side file '{relative}' is larger than {MaxFileBytes / (1024 * 1024)} MB.");
        }

        return JsonValue.Create(method == "text"
            ? File.ReadAllText(path)
            : Convert.ToBase64String(File.ReadAllBytes(path)));
    }

    /// <summary>The full path of a side file, or null when the recipe has no folder.</summary>
    private string? Resolve(string relative)
    {
        var segments = relative.Split('/', '\\');
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains(':', StringComparison.Ordinal)
            || segments.Contains(".."))
        {
            throw new RecipeException(
                $"Side file '{relative}' is refused: a side file path is relative to the recipe's folder and can't leave it (no absolute path, no '..').");
        }

        if (_folder is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine([_folder, .. segments.Where(s => s.Length > 0 && s != ".")]));
        var root = Path.EndsInDirectorySeparator(_folder) ? _folder : _folder + Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new RecipeException($"Side file '{relative}' is refused: it is outside the recipe's folder.");
        }

        return path;
    }

    [GeneratedRegex("""^\s*(?<method>text|base64)\s*\(\s*(?:'(?<single>[^']*)'|"(?<double>[^"]*)")\s*\)\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex FileCall();
}
