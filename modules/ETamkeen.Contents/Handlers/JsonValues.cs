using System.Text.Json;
using System.Text.Json.Nodes;

namespace ETamkeen.Contents.Handlers;

/// <summary>Reads of part and field JSON that tell "missing" from "of the wrong kind".</summary>
public static class JsonValues
{
    public static bool IsMissing(JsonNode? node) => node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.Null);

    public static bool TryString(JsonNode? node, out string? value)
    {
        value = null;
        if (IsMissing(node))
        {
            return true;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        return false;
    }

    public static bool TryStrings(JsonNode? node, out List<string> values)
    {
        values = [];
        if (IsMissing(node))
        {
            return true;
        }

        if (node is not JsonArray array)
        {
            return false;
        }

        foreach (var element in array)
        {
            if (element is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                return false;
            }

            values.Add(v.GetValue<string>());
        }

        return true;
    }

    public static bool Flag(JsonObject? settings, string name) =>
        settings?[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True;

    public static double? Number(JsonObject? settings, string name) => settings?[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static string? Text(JsonObject? settings, string name) =>
        settings?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
