using ETamkeen.Data;

namespace ETamkeen.Contents.Display;

/// <summary>
/// The tenant's placement rules by shape type, in the shape of Orchard's <c>Placements</c>
/// step: <c>{"TextField": [{"place": "-", "differentiator": "Article-Subtitle"}]}</c>.
/// </summary>
[DocumentType("Placements")]
public sealed class PlacementsDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    public Dictionary<string, List<PlacementRule>> Placements { get; set; } = new(StringComparer.Ordinal);
}
