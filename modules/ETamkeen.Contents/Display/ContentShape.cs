using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.AspNetCore.Html;

namespace ETamkeen.Contents.Display;

/// <summary>What the shapes of one item share: the item, its type and the display type.</summary>
public sealed class ContentShapeSource(ContentItem item, ContentTypeDefinition type, string displayType, RichTextSanitizer sanitizer)
{
    public ContentItem Item => item;
    public ContentTypeDefinition Type => type;
    public string DisplayType => displayType;
    public RichTextSanitizer Sanitizer => sanitizer;
}

/// <summary>
/// The model of a part's or field's view: the item and the part's or field's JSON, with
/// reads that never throw on stored data of the wrong kind. Rich text only comes out
/// sanitised (again: content may have been stored before a sanitiser change).
/// </summary>
public sealed class ContentShape
{
    private readonly ContentShapeSource _source;

    public ContentShape(ShapeDescriptor descriptor, ContentShapeSource source)
    {
        Descriptor = descriptor;
        _source = source;
        var part = source.Item.Content[descriptor.Part.Name] as JsonObject;
        Value = descriptor.Field is null ? part : part?[descriptor.Field.Name] as JsonObject;
    }

    public ShapeDescriptor Descriptor { get; }
    public ContentItem Item => _source.Item;
    public ContentTypeDefinition Type => _source.Type;
    public string DisplayType => _source.DisplayType;
    public string ShapeType => Descriptor.ShapeType;
    public TypePartDefinition Part => Descriptor.Part;
    public PartFieldDefinition? Field => Descriptor.Field;
    public string Label => Descriptor.Field?.DisplayName ?? Descriptor.Part.DisplayName;

    /// <summary>The part's JSON, or the field's within its part; null when the item has none.</summary>
    public JsonObject? Value { get; }

    /// <summary>A non-empty string property, else null.</summary>
    public string? Text(string property) =>
        Value?[property] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    public decimal? Number(string property) =>
        Value?[property] is JsonValue v && v.TryGetValue<decimal>(out var n) ? n : null;

    public bool? Flag(string property) =>
        Value?[property] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public DateTime? Date(string property) =>
        Text(property) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    /// <summary>The strings of an array property (ids, paths), skipping anything else.</summary>
    public IReadOnlyList<string> Strings(string property) => Value?[property] is JsonArray array
        ? [.. array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null).OfType<string>()]
        : [];

    /// <summary>Stored HTML, sanitised.</summary>
    public IHtmlContent? Html(string property) =>
        Text(property) is { } html ? new HtmlString(SanitizedHtmlCache.SanitizeHtml(html, _source.Sanitizer)) : null;

    /// <summary>Stored Markdown as sanitised HTML.</summary>
    public IHtmlContent? Markdown(string property) =>
        Text(property) is { } markdown ? new HtmlString(SanitizedHtmlCache.RenderMarkdown(markdown, _source.Sanitizer)) : null;
}
