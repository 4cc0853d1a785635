using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ETamkeen.Contents;

/// <summary>
/// Writes and reads Orchard's content item shape: the common properties (read in any case,
/// with a clear error when one has the wrong kind), then every other property as a part.
/// </summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Part properties are read by name in handlers and indexes; a client writing "title"
        // for "Title" (camelCase JSON) is understood rather than silently ignored.
        if (JsonNode.Parse(ref reader, CaseInsensitive) is not JsonObject obj)
        {
            throw new JsonException("A content item is a JSON object.");
        }

        var item = new ContentItem();
        foreach (var (key, value) in obj)
        {
            switch (key.ToUpperInvariant())
            {
                case "CONTENTITEMID": item.ContentItemId = Text(value, key) ?? ""; break;
                case "CONTENTITEMVERSIONID": item.ContentItemVersionId = Text(value, key) ?? ""; break;
                case "CONTENTTYPE": item.ContentType = Text(value, key) ?? ""; break;
                case "DISPLAYTEXT": item.DisplayText = Text(value, key) ?? ""; break;
                case "LATEST": item.Latest = Flag(value, key); break;
                case "PUBLISHED": item.Published = Flag(value, key); break;
                case "MODIFIEDUTC": item.ModifiedUtc = Date(value, key); break;
                case "PUBLISHEDUTC": item.PublishedUtc = Date(value, key); break;
                case "CREATEDUTC": item.CreatedUtc = Date(value, key); break;
                case "OWNER": item.Owner = Text(value, key); break;
                case "AUTHOR": item.Author = Text(value, key); break;
                default: item.Content[key] = value?.DeepClone(); break;
            }
        }

        return item;
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ContentItemId", value.ContentItemId);
        writer.WriteString("ContentItemVersionId", value.ContentItemVersionId);
        writer.WriteString("ContentType", value.ContentType);
        writer.WriteString("DisplayText", value.DisplayText);
        writer.WriteBoolean("Latest", value.Latest);
        writer.WriteBoolean("Published", value.Published);
        WriteDate(writer, "ModifiedUtc", value.ModifiedUtc);
        WriteDate(writer, "PublishedUtc", value.PublishedUtc);
        WriteDate(writer, "CreatedUtc", value.CreatedUtc);
        if (value.Owner is not null)
        {
            writer.WriteString("Owner", value.Owner);
        }

        if (value.Author is not null)
        {
            writer.WriteString("Author", value.Author);
        }

        foreach (var (key, part) in value.Content)
        {
            writer.WritePropertyName(key);
            if (part is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                part.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }
    }

    private static string? Text(JsonNode? node, string key) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => throw new JsonException($"{key} must be text."),
    };

    private static bool Flag(JsonNode? node, string key) => node switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() is JsonValueKind.False or JsonValueKind.Null => false,
        _ => throw new JsonException($"{key} must be true or false."),
    };

    private static DateTime? Date(JsonNode? node, string key)
    {
        var text = Text(node, key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new JsonException($"{key} must be a date and time such as 2022-11-24T10:00:00Z.");
    }
}
