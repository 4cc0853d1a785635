using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

/// <summary>One row per version: what lists, filters and lookups by id read.</summary>
public sealed class ContentItemIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

public sealed class ContentItemIndexProvider : IndexProvider<ContentItem, ContentItemIndex>
{
    protected override IEnumerable<ContentItemIndex> Map(ContentItem item) =>
    [
        new ContentItemIndex
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = Clip(item.DisplayText, 255),
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = Utc(item.CreatedUtc),
            ModifiedUtc = Utc(item.ModifiedUtc),
            PublishedUtc = Utc(item.PublishedUtc),
        },
    ];

    /// <summary>Index dates are UTC in plain timestamp columns (SQLite has no offset type).</summary>
    internal static DateTime? Utc(DateTime? value) => ETamkeen.Data.DbDates.ToColumn(value);

    internal static string Clip(string? value, int length) => value is null ? "" : value.Length <= length ? value : value[..length];
}
