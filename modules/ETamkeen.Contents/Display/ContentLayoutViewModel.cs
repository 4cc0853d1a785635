using ETamkeen.Contents.Metadata;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ETamkeen.Contents.Display;

/// <summary>A shape in its place, with the view that renders it.</summary>
public sealed record PlacedShape(ContentShape Shape, Placement Placement, string ViewPath);

/// <summary>A zone's shapes in position order.</summary>
public sealed record ContentZone(string Name, IReadOnlyList<PlacedShape> Shapes);

/// <summary>
/// The model of a layout view (<c>Display/Content.cshtml</c>, <c>Content.{Type}</c>...): the
/// item and its zones in layout order (Header, Meta, Content, Footer, then any other zone).
/// </summary>
public sealed class ContentLayoutViewModel
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }
    public required string DisplayType { get; init; }
    public required IReadOnlyList<ContentZone> Zones { get; init; }

    /// <summary>The layout view chosen for this item.</summary>
    public required string ViewPath { get; init; }

    public ContentZone? Zone(string name) => Zones.FirstOrDefault(z => z.Name == name);

    /// <summary>A zone's shapes rendered in order; empty when the zone has none. For layouts in other assemblies.</summary>
    public async Task<IHtmlContent> RenderZoneAsync(IHtmlHelper html, string name)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new HtmlContentBuilder();
        foreach (var placed in Zone(name)?.Shapes ?? [])
        {
            builder.AppendHtml(await html.PartialAsync(placed.ViewPath, placed.Shape));
        }

        return builder;
    }
}
