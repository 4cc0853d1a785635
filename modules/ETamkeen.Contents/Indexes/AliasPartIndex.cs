using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

public sealed class AliasPartIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string Alias { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class AliasPartIndexProvider : IndexProvider<ContentItem, AliasPartIndex>
{
    protected override IEnumerable<AliasPartIndex> Map(ContentItem item) =>
        item.Text("AliasPart", "Alias") is { Length: > 0 } alias
            ? [new AliasPartIndex { ContentItemId = item.ContentItemId, Alias = alias.ToLowerInvariant(), Published = item.Published, Latest = item.Latest }]
            : [];
}
