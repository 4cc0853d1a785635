using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

/// <summary>Items in a list (blog posts in a blog), in their order.</summary>
public sealed class ContainedPartIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ListContentItemId { get; set; } = "";
    public int Order { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class ContainedPartIndexProvider : IndexProvider<ContentItem, ContainedPartIndex>
{
    protected override IEnumerable<ContainedPartIndex> Map(ContentItem item)
    {
        if (item.Text("ContainedPart", "ListContentItemId") is not { Length: > 0 } list)
        {
            return [];
        }

        var order = item.Content["ContainedPart"]?["Order"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<int>(out var o) ? o : 0;
        return [new ContainedPartIndex { ContentItemId = item.ContentItemId, ListContentItemId = list, Order = order, Published = item.Published, Latest = item.Latest }];
    }
}
