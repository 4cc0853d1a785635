using System.Text.Json;
using System.Text.Json.Nodes;

namespace ETamkeen.Recipes;

/// <summary>Recipe JSON as Orchard writes it: <c>//</c> comments and trailing commas allowed.</summary>
public static class RecipeParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonObject Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException e)
        {
            throw new RecipeException($"The recipe is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message}");
        }

        if (node is not JsonObject recipe)
        {
            throw new RecipeException("A recipe is a JSON object with a \"steps\" array.");
        }

        if (Property(recipe, "steps") is not JsonArray)
        {
            throw new RecipeException("The recipe has no \"steps\" array.");
        }

        return recipe;
    }

    /// <summary>A property by name in any case, as Orchard's readers accept <c>Data</c> and <c>data</c>.</summary>
    public static JsonNode? Property(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string? String(JsonObject obj, string name) =>
        Property(obj, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IEnumerable<string> Strings(JsonObject obj, string name) =>
        Property(obj, name) is JsonArray a ? a.Select(n => n?.GetValue<string>()).OfType<string>() : [];
}
