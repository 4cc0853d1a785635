using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Services;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.Services;

/// <summary>The axis terms as the tenant has them now (an administrator may have renamed or added some).</summary>
public sealed class LibraryTerms(ContentQueries queries)
{
    private Dictionary<string, string>? _axes;

    /// <summary>Term id → title, in the taxonomy's order.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AxesAsync()
    {
        if (_axes is not null)
        {
            return _axes;
        }

        var taxonomy = await queries.PublishedAsync(LibraryContent.AxesTaxonomyId);
        var axes = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(taxonomy?.Content["TaxonomyPart"]?["Terms"] as JsonArray, axes);
        return _axes = axes;
    }

    private static void Collect(JsonArray? terms, Dictionary<string, string> into)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (term["ContentItemId"]?.GetValue<string>() is { } id)
            {
                into[id] = term["TitlePart"]?["Title"]?.GetValue<string>() ?? term["DisplayText"]?.GetValue<string>() ?? id;
            }

            Collect(term["Terms"] as JsonArray, into);
        }
    }
}
