using System.Text.Json.Serialization;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Display;

/// <summary>
/// One of Orchard's placement rules for a shape type: where the shape goes (<c>place</c>) when
/// every filter given matches. Filters: <c>displayType</c>, <c>differentiator</c> (a field's is
/// <c>{Part}-{Field}</c>), <c>contentType</c> and <c>contentPart</c> (the item's type has one of
/// those parts), each a string or a list. <c>alternates</c> are extra view names tried first.
/// </summary>
public sealed class PlacementRule
{
    private Placement? _placement;

    [JsonPropertyName("place")]
    public string Place { get; set; } = "";

    [JsonPropertyName("displayType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayType { get; set; }

    [JsonPropertyName("differentiator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Differentiator { get; set; }

    [JsonPropertyName("contentType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ContentType { get; set; }

    [JsonPropertyName("contentPart")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ContentPart { get; set; }

    [JsonPropertyName("alternates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Alternates { get; set; }

    /// <summary>The parsed <see cref="Place"/>; null for a stored value that isn't one (the rule is then ignored).</summary>
    [JsonIgnore]
    public Placement? Placement => _placement ??= Display.Placement.TryParse(Place, out _);

    public bool Matches(ShapeDescriptor shape, ContentTypeDefinition type, string displayType) =>
        Placement is not null
        && (DisplayType is null || string.Equals(DisplayType, displayType, StringComparison.Ordinal))
        && (Differentiator is null || string.Equals(Differentiator, shape.Differentiator, StringComparison.Ordinal))
        && (ContentType is not { Count: > 0 } || ContentType.Contains(type.Name, StringComparer.Ordinal))
        && (ContentPart is not { Count: > 0 } || type.Parts.Any(p => ContentPart.Contains(p.Name, StringComparer.Ordinal)));
}
