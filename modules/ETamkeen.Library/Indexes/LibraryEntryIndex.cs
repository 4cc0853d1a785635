using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.Indexes;

/// <summary>
/// One row per version of an item carrying the <c>LibraryEntry</c> part: what the public
/// library filters and counts without reading documents. Axis terms are kept as
/// <c>|id|id|</c> so that one row stands for one version and counts are of items.
/// </summary>
public sealed class LibraryEntryIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string Culture { get; set; } = "";
    public string LocalizationSet { get; set; } = "";
    public string Title { get; set; } = "";
    public string AxisTermIds { get; set; } = "";
    public string Administration { get; set; } = "";
    public int? Year { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public DateTime? PublishedUtc { get; set; }

    public IEnumerable<string> Axes => AxisTermIds.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class LibraryEntryIndexProvider : IndexProvider<ContentItem, LibraryEntryIndex>
{
    protected override IEnumerable<LibraryEntryIndex> Map(ContentItem item)
    {
        if (item.Content[LibraryContent.EntryPart] is not JsonObject entry)
        {
            yield break;
        }

        var axes = entry["Axis"]?["TermContentItemIds"] is JsonArray terms
            ? terms.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().Distinct().ToList()
            : [];
        var axisText = axes.Count == 0 ? "" : "|" + string.Join("|", axes) + "|";
        yield return new LibraryEntryIndex
        {
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            Culture = Clip(item.Text("LocalizationPart", "Culture"), 16),
            LocalizationSet = Clip(item.Text("LocalizationPart", "LocalizationSet"), 64),
            Title = Clip(item.DisplayText, 255),
            AxisTermIds = axisText.Length <= 1024 ? axisText : axisText[..axisText[..1024].LastIndexOf('|')] + "|",
            Administration = Clip(entry["Administration"]?["Text"] is JsonValue a && a.TryGetValue<string>(out var admin) ? admin.Trim() : null, 255),
            Year = Year(entry["Year"]?["Value"]),
            Published = item.Published,
            Latest = item.Latest,
            PublishedUtc = DbDates.ToColumn(item.PublishedUtc),
        };
    }

    private static int? Year(JsonNode? node) =>
        node is JsonValue v && decimal.TryParse(v.ToJsonString().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 9999
            ? (int)d
            : null;

    private static string Clip(string? value, int length) => value is null ? "" : value.Length <= length ? value : value[..length];
}
