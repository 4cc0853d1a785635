using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Display;

/// <summary>
/// Puts shapes in zones: each shape goes where the last of its shape type's matching rules
/// says (later rules refine earlier ones, as Orchard's placement files do), else to its
/// default place; hidden shapes and shapes without a view are left out. Within a zone, shapes
/// are ordered by position, then by their order in the type.
/// </summary>
public static class PlacementArranger
{
    public static IReadOnlyList<ContentZone> Arrange(IReadOnlyList<ContentShape> shapes, ContentTypeDefinition type, string displayType, PlacementsDocument placements, ShapeViewResolver views)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(views);
        var placed = new List<(PlacedShape Shape, int Index)>(shapes.Count);
        for (var i = 0; i < shapes.Count; i++)
        {
            var shape = shapes[i];
            var placement = shape.Descriptor.DefaultPlacement;
            var viewPath = shape.Descriptor.ViewPath;
            if (placements.Placements.Count > 0 && placements.Placements.TryGetValue(shape.ShapeType, out var rules) && Match(rules, shape.Descriptor, type, displayType) is { } rule)
            {
                placement = rule.Placement!;
                if (rule.Alternates is { Count: > 0 } alternates)
                {
                    var folder = shape.Descriptor.Kind == ShapeKind.Part ? "Parts/" : "Fields/";
                    viewPath = views.Resolve(alternates.Select(a => folder + a)) ?? viewPath;
                }
            }

            if (!placement.IsHidden && viewPath is not null)
            {
                placed.Add((new PlacedShape(shape, placement, viewPath), i));
            }
        }

        placed.Sort(static (a, b) => Compare(a.Shape.Placement, b.Shape.Placement) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        var zones = new List<ContentZone>(4);
        var start = 0;
        for (var i = 1; i <= placed.Count; i++)
        {
            if (i == placed.Count || placed[i].Shape.Placement.Zone != placed[start].Shape.Placement.Zone)
            {
                zones.Add(new ContentZone(placed[start].Shape.Placement.Zone, placed.GetRange(start, i - start).ConvertAll(p => p.Shape)));
                start = i;
            }
        }

        return zones;
    }

    private static PlacementRule? Match(List<PlacementRule> rules, ShapeDescriptor shape, ContentTypeDefinition type, string displayType)
    {
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            if (rules[i].Matches(shape, type, displayType))
            {
                return rules[i];
            }
        }

        return null;
    }

    private static int Compare(Placement a, Placement b)
    {
        var zone = Zones.Rank(a.Zone).CompareTo(Zones.Rank(b.Zone));
        if (zone == 0)
        {
            zone = string.CompareOrdinal(a.Zone, b.Zone);
        }

        return zone != 0 ? zone : PositionComparer.Instance.Compare(a.Position, b.Position);
    }
}
