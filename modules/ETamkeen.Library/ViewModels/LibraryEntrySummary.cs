using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Library.Indexes;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.ViewModels;

/// <summary>One entry of the public list, with the culture it is written in (a fallback may differ from the page's).</summary>
public sealed record LibraryEntrySummary(
    string ContentItemId,
    string ContentType,
    string Title,
    string? Summary,
    string? Path,
    string Culture,
    bool IsFallback,
    IReadOnlyList<string> Axes,
    string Administration,
    int? Year)
{
    public static LibraryEntrySummary From(ContentItem item, LibraryEntryIndex row, IReadOnlyDictionary<string, string> axes, string pageCulture)
    {
        var culture = row.Culture.Length == 0 ? pageCulture : row.Culture;
        var summary = item.Content[LibraryContent.EntryPart]?["Summary"]?["Text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return new(
            item.ContentItemId,
            item.ContentType,
            item.DisplayText,
            summary,
            item.Text("AutoroutePart", "Path"),
            culture,
            row.Culture.Length > 0 && row.Culture != pageCulture,
            [.. row.Axes.Where(axes.ContainsKey).Select(a => axes[a])],
            row.Administration,
            row.Year);
    }
}
