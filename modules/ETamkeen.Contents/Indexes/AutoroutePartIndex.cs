using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

/// <summary>Public paths: the current one per version, and those it had before (redirected).</summary>
public sealed class AutoroutePartIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string Path { get; set; } = "";
    public string Culture { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }

    /// <summary>A former path of the item: requests for it are redirected to the current one.</summary>
    public bool IsPrevious { get; set; }
}

public sealed class AutoroutePartIndexProvider : IndexProvider<ContentItem, AutoroutePartIndex>
{
    protected override IEnumerable<AutoroutePartIndex> Map(ContentItem item)
    {
        if (item.Text("AutoroutePart", "Path") is not { Length: > 0 } path)
        {
            yield break;
        }

        var culture = item.Text("LocalizationPart", "Culture") ?? "";
        yield return Row(item, path, culture, previous: false);
        if (item.Content["AutoroutePart"]?["PreviousPaths"] is System.Text.Json.Nodes.JsonArray previous)
        {
            foreach (var old in previous.Select(p => p?.GetValue<string>()).OfType<string>().Where(p => p != path).Distinct())
            {
                yield return Row(item, old, culture, previous: true);
            }
        }
    }

    private static AutoroutePartIndex Row(ContentItem item, string path, string culture, bool previous) => new()
    {
        ContentItemId = item.ContentItemId,
        Path = path,
        Culture = culture,
        Published = item.Published,
        Latest = item.Latest,
        IsPrevious = previous,
    };
}
