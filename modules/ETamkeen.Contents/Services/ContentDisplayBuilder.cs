using System.Collections.Concurrent;
using ETamkeen.Contents.Display;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Turns an item into its shapes for a display type: one per part and one per field, in the
/// type's order, each with its default placement and view. What depends on the type only
/// (names, default places, view lookups) is worked out once per type definition and display
/// type and kept for the shell's life; a page only binds the item's values to it.
/// </summary>
public sealed class ContentDisplayBuilder(RichTextSanitizer sanitizer, ShapeViewResolver views)
{
    private readonly ConcurrentDictionary<(string Type, string DisplayType), (ContentTypeDefinition Definition, ShapeDescriptor[] Shapes)> _descriptors = new();

    public IReadOnlyList<ContentShape> Build(ContentItem item, ContentTypeDefinition type, string displayType = DisplayTypes.Detail)
    {
        ArgumentNullException.ThrowIfNull(item);
        var descriptors = Descriptors(type, displayType);
        var source = new ContentShapeSource(item, type, displayType, sanitizer);
        var shapes = new ContentShape[descriptors.Count];
        for (var i = 0; i < shapes.Length; i++)
        {
            shapes[i] = new ContentShape(descriptors[i], source);
        }

        return shapes;
    }

    public IReadOnlyList<ShapeDescriptor> Descriptors(ContentTypeDefinition type, string displayType)
    {
        ArgumentNullException.ThrowIfNull(type);
        var key = (type.Name, displayType);

        // A definition change gives a new ContentTypeDefinition instance: that is the cache's version.
        if (_descriptors.TryGetValue(key, out var cached) && ReferenceEquals(cached.Definition, type))
        {
            return cached.Shapes;
        }

        var shapes = Describe(type, displayType);
        _descriptors[key] = (type, shapes);
        return shapes;
    }

    private ShapeDescriptor[] Describe(ContentTypeDefinition type, string displayType)
    {
        var shapes = new List<ShapeDescriptor>();
        foreach (var part in type.Parts)
        {
            shapes.Add(Describe(ShapeKind.Part, part.PartName, part.Name, part, null, type.Name, displayType, shapes.Count + 1));
            foreach (var field in part.Fields)
            {
                shapes.Add(Describe(ShapeKind.Field, field.FieldName, $"{part.Name}-{field.Name}", part, field, type.Name, displayType, shapes.Count + 1));
            }
        }

        return [.. shapes];
    }

    private ShapeDescriptor Describe(ShapeKind kind, string shapeType, string differentiator, TypePartDefinition part, PartFieldDefinition? field, string contentType, string displayType, int index) => new()
    {
        Kind = kind,
        ShapeType = shapeType,
        Differentiator = differentiator,
        Part = part,
        Field = field,
        DefaultPlacement = DefaultPlacement.For(shapeType, displayType, index),
        ViewPath = views.Resolve(ShapeViewResolver.Alternates(kind, shapeType, displayType, contentType, differentiator)),
    };
}
