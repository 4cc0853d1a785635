using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace ETamkeen.Contents.Templates;

/// <summary>
/// The template's view of an item, built from its JSON only: no .NET object reaches a
/// template, so what a template can read is exactly what is put here (the allow-list).
/// Parts are reachable as <c>Model.ContentItem.Content.TitlePart</c> and, as in Orchard,
/// <c>Model.ContentItem.TitlePart</c>.
/// </summary>
public static class LiquidModel
{
    private const int MaxDepth = 32;

    public static ScriptObject For(ContentItem item)
    {
        var content = ToScript(item.Content, 0) as ScriptObject ?? [];
        var model = new ScriptObject();
        foreach (var (key, value) in content)
        {
            model[key] = value;
        }

        model["ContentItemId"] = item.ContentItemId;
        model["ContentItemVersionId"] = item.ContentItemVersionId;
        model["ContentType"] = item.ContentType;
        model["DisplayText"] = item.DisplayText;
        model["Published"] = item.Published;
        model["Latest"] = item.Latest;
        model["Owner"] = item.Owner;
        model["Author"] = item.Author;
        model["CreatedUtc"] = item.CreatedUtc;
        model["ModifiedUtc"] = item.ModifiedUtc;
        model["PublishedUtc"] = item.PublishedUtc;
        model["Content"] = content;
        return new ScriptObject { ["ContentItem"] = model };
    }

    /// <summary>JSON as Scriban values (objects, arrays, text, numbers, booleans), nothing else, and at most 32 levels deep.</summary>
    public static object? ToScript(JsonNode? node) => ToScript(node, 0);

    private static object? ToScript(JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (node)
        {
            case JsonObject obj:
                var result = new ScriptObject();
                foreach (var (key, value) in obj)
                {
                    result[key] = ToScript(value, depth + 1);
                }

                return result;
            case JsonArray array:
                var list = new ScriptArray();
                foreach (var value in array)
                {
                    list.Add(ToScript(value, depth + 1));
                }

                return list;
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => value.TryGetValue(out long whole) ? whole : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
                    _ => null,
                };
            default:
                return null;
        }
    }
}
