using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ETamkeen.Contents.Services;

/// <summary>Content items in and out in Orchard's shape: PascalCase, nulls left out, property names read in any case.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>An item from JSON, or a message saying what's wrong with it.</summary>
    public static (ContentItem? Item, string? Error) Read(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return (null, "A content item is a JSON object.");
        }

        try
        {
            var item = obj.Deserialize<ContentItem>(Options);
            return item is null ? (null, "A content item is a JSON object.") : (item, null);
        }
        catch (JsonException e)
        {
            return (null, $"The content item can't be read: {e.Message}");
        }
    }

    public static T? Records<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);
}
