using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

/// <summary>Translations: items of one <see cref="LocalizationSet"/> are the same content in several cultures.</summary>
public sealed class LocalizedContentItemIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string LocalizationSet { get; set; } = "";
    public string Culture { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class LocalizedContentItemIndexProvider : IndexProvider<ContentItem, LocalizedContentItemIndex>
{
    protected override IEnumerable<LocalizedContentItemIndex> Map(ContentItem item) =>
        item.Text("LocalizationPart", "LocalizationSet") is { Length: > 0 } set
            ? [new LocalizedContentItemIndex
            {
                ContentItemId = item.ContentItemId,
                LocalizationSet = set,
                Culture = (item.Text("LocalizationPart", "Culture") ?? "").ToLowerInvariant(),
                Published = item.Published,
                Latest = item.Latest,
            }]
            : [];
}
