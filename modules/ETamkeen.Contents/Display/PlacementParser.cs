using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ETamkeen.Contents.Display;

/// <summary>A placements object that can't be used, with where and why.</summary>
public sealed class PlacementException(string message) : Exception(message);

/// <summary>
/// Reads Orchard's placements JSON (<c>{"ShapeType": [rule, ...]}</c>) strictly: a rule that
/// can't be applied is an error naming the shape type and rule, never silently dropped. Keys
/// Orchard has and we don't (<c>wrappers</c>, <c>shape</c>...) are reported as warnings.
/// </summary>
public static partial class PlacementParser
{
    private const int MaxShapeTypes = 500;
    private const int MaxRules = 100;
    private const int MaxNames = 50;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly char[] LayoutSuffixes = ['#', '@', '%', '|', ';'];

    public static Dictionary<string, List<PlacementRule>> Parse(JsonNode? node, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (node is not JsonObject all)
        {
            throw new PlacementException("Placements must be an object of rule lists by shape type, such as {\"TextField\": [{\"place\": \"Content:5\"}]}.");
        }

        if (all.Count > MaxShapeTypes)
        {
            throw new PlacementException($"Placements name more than {MaxShapeTypes} shape types.");
        }

        var result = new Dictionary<string, List<PlacementRule>>(StringComparer.Ordinal);
        foreach (var (shapeType, rules) in all)
        {
            if (!Identifier().IsMatch(shapeType))
            {
                throw new PlacementException($"'{shapeType}' is not a shape type (such as TextField or TitlePart).");
            }

            if (rules is not JsonArray list || list.Count > MaxRules)
            {
                throw new PlacementException($"{shapeType}: the rules must be a list of at most {MaxRules} objects.");
            }

            result[shapeType] = [.. list.Select((rule, i) => Rule(rule, $"{shapeType}[{i}]", warnings))];
        }

        return result;
    }

    /// <summary>Parses placements typed by a person or a file: JSON errors become <see cref="PlacementException"/> too.</summary>
    public static Dictionary<string, List<PlacementRule>> Parse(string json, List<string> warnings)
    {
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(json) ? new JsonObject() : JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new PlacementException($"Not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }

        return Parse(node, warnings);
    }

    /// <summary>Orchard's JSON for the rules, as the step, the export and the admin editor show them.</summary>
    public static JsonObject ToJson(IReadOnlyDictionary<string, List<PlacementRule>> placements)
    {
        ArgumentNullException.ThrowIfNull(placements);
        var json = new JsonObject();
        foreach (var (shapeType, rules) in placements.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[shapeType] = JsonSerializer.SerializeToNode(rules);
        }

        return json;
    }

    public static string ToText(IReadOnlyDictionary<string, List<PlacementRule>> placements) => ToJson(placements).ToJsonString(Indented);

    private static PlacementRule Rule(JsonNode? node, string where, List<string> warnings)
    {
        if (node is not JsonObject rule)
        {
            throw new PlacementException($"{where}: a rule is an object such as {{\"place\": \"Content:5\"}}.");
        }

        var parsed = new PlacementRule();
        foreach (var (key, value) in rule)
        {
            switch (key)
            {
                case "place":
                    parsed.Place = String(value, where, key, null) ?? throw new PlacementException($"{where}: \"place\" is required.");

                    // Orchard's tab, card, column and group suffixes (Content:5#Tab, Parts@Group) are editor layout we don't have.
                    if (parsed.Place.IndexOfAny(LayoutSuffixes) is > 0 and var suffix)
                    {
                        warnings.Add($"Placements {where}: \"{parsed.Place[suffix..]}\" in \"{parsed.Place}\" is not supported and was ignored.");
                        parsed.Place = parsed.Place[..suffix];
                    }

                    if (Placement.TryParse(parsed.Place, out var error) is null)
                    {
                        throw new PlacementException($"{where}: {error}");
                    }

                    break;
                case "displayType":
                    parsed.DisplayType = String(value, where, key, Identifier());
                    break;
                case "differentiator":
                    parsed.Differentiator = String(value, where, key, ViewName());
                    break;
                case "contentType":
                    parsed.ContentType = Names(value, where, key, Identifier());
                    break;
                case "contentPart":
                    parsed.ContentPart = Names(value, where, key, Identifier());
                    break;
                case "alternates":
                    parsed.Alternates = Names(value, where, key, ViewName());
                    break;
                default:
                    warnings.Add($"Placements {where}: \"{key}\" is not supported and was ignored.");
                    break;
            }
        }

        if (parsed.Place.Length == 0)
        {
            throw new PlacementException($"{where}: \"place\" is required (Zone:Position, or - to hide).");
        }

        return parsed;
    }

    private static string? String(JsonNode? value, string where, string key, Regex? pattern)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || (pattern is not null && !pattern.IsMatch(text)))
        {
            throw new PlacementException($"{where}: \"{key}\" must be {(pattern is null ? "a string" : "a name of letters, digits, '_', '-' or '.'")}.");
        }

        return text;
    }

    private static List<string>? Names(JsonNode? value, string where, string key, Regex pattern)
    {
        if (value is JsonArray array)
        {
            if (array.Count > MaxNames)
            {
                throw new PlacementException($"{where}: \"{key}\" lists more than {MaxNames} names.");
            }

            return [.. array.Select(n => String(n, where, key, pattern) ?? throw new PlacementException($"{where}: \"{key}\" holds a null."))];
        }

        return String(value, where, key, pattern) is { } one ? [one] : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,199}$")]
    private static partial Regex ViewName();
}
