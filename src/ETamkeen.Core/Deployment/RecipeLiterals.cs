using System.Text.Json;
using System.Text.Json.Nodes;

namespace ETamkeen.Deployment;

/// <summary>
/// Keeps exported data from running as recipe code: the importer evaluates any string that is
/// exactly <c>[js:...]</c> or <c>[file:...]</c>, so text an editor typed in that form would
/// be executed (or fail the import for want of the file). Such a string is exported as a
/// script that returns it verbatim, and results are never evaluated twice.
/// </summary>
public static class RecipeLiterals
{
    public static void Protect(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                List<string>? expressions = null;
                foreach (var (key, value) in obj)
                {
                    if (LooksLikeExpression(value, out _))
                    {
                        (expressions ??= []).Add(key);
                    }
                    else
                    {
                        Protect(value);
                    }
                }

                foreach (var key in expressions ?? [])
                {
                    LooksLikeExpression(obj[key], out var text);
                    obj[key] = Quoted(text);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (LooksLikeExpression(array[i], out var text))
                    {
                        array[i] = Quoted(text);
                    }
                    else
                    {
                        Protect(array[i]);
                    }
                }

                break;
        }
    }

    /// <summary>The importer's own test: brackets around a <c>js</c> or <c>file</c> prefix before the first colon.</summary>
    private static bool LooksLikeExpression(JsonNode? node, out string text)
    {
        text = "";
        if (node is not JsonValue value || !value.TryGetValue(out string? s) || s.Length < 2 || s[0] != '[' || s[^1] != ']')
        {
            return false;
        }

        var colon = s.IndexOf(':', StringComparison.Ordinal);
        text = s;
        return colon > 0 && s[1..colon] is "js" or "file";
    }

    // A JSON string literal is a JavaScript string literal.
    private static JsonValue Quoted(string text) => JsonValue.Create("[js: " + JsonSerializer.Serialize(text) + "]");
}
