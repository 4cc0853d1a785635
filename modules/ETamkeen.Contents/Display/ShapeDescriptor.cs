using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Display;

public enum ShapeKind
{
    Part,
    Field,
}

/// <summary>
/// One part or field of a content type seen as a shape, for one display type: what placement
/// rules match it, where it goes by default and which view renders it. Built once per type
/// definition and display type (definitions change rarely, pages are frequent).
/// </summary>
public sealed class ShapeDescriptor
{
    public required ShapeKind Kind { get; init; }

    /// <summary>The part's or field's kind: <c>TitlePart</c>, <c>TextField</c>. Placement rules are keyed by it.</summary>
    public required string ShapeType { get; init; }

    /// <summary>Orchard's differentiator: the part's name, or <c>{Part}-{Field}</c> for a field (<c>Article-Subtitle</c>).</summary>
    public required string Differentiator { get; init; }

    public required TypePartDefinition Part { get; init; }

    public PartFieldDefinition? Field { get; init; }

    public required Placement DefaultPlacement { get; init; }

    /// <summary>The first view of <see cref="ShapeViewResolver.Alternates"/> that exists; null: the shape shows nothing.</summary>
    public required string? ViewPath { get; init; }
}
