using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ETamkeen.Data;

namespace ETamkeen.Contents;

/// <summary>
/// One version of a content item, in Orchard Core's JSON shape: the common properties, then
/// one property per part (<c>TitlePart</c>, <c>AutoroutePart</c>...) and the type's own
/// fields under the type's name. Each version is its own document.
/// </summary>
[DocumentType("ContentItem")]
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem : IDocument
{
    [JsonIgnore]
    public long Id { get; set; }

    [JsonIgnore]
    public int Version { get; set; }

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>Parts and fields, by name; written after the common properties.</summary>
    [JsonIgnore]
    public JsonObject Content { get; set; } = [];

    /// <summary>A part's (or the type's own part's) JSON, created empty when missing.</summary>
    public JsonObject Part(string name)
    {
        if (Content[name] is JsonObject part)
        {
            return part;
        }

        var created = new JsonObject();
        Content[name] = created;
        return created;
    }

    public bool Has(string name) => Content[name] is JsonObject;

    /// <summary>A string property of a part, e.g. <c>Text("TitlePart", "Title")</c>.</summary>
    public string? Text(string part, string property) =>
        Content[part] is JsonObject p && p[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A copy that shares nothing with this one (a new version starts as a clone).</summary>
    public ContentItem Clone() => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Latest = Latest,
        Published = Published,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        CreatedUtc = CreatedUtc,
        Owner = Owner,
        Author = Author,
        Content = (JsonObject)Content.DeepClone(),
    };
}
