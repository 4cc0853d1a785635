using System.Text.Json.Nodes;
using ETamkeen.Data;

namespace ETamkeen.Contents.Indexes;

/// <summary>One row per term chosen in a taxonomy field: what facets and "items in this category" read.</summary>
public sealed class TaxonomyIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string ContentPart { get; set; } = "";
    public string ContentField { get; set; } = "";
    public string TaxonomyContentItemId { get; set; } = "";
    public string TermContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

/// <summary>Finds taxonomy fields by their shape (a part property holding TaxonomyContentItemId and TermContentItemIds).</summary>
public sealed class TaxonomyIndexProvider : IndexProvider<ContentItem, TaxonomyIndex>
{
    protected override IEnumerable<TaxonomyIndex> Map(ContentItem item)
    {
        foreach (var (partName, part) in item.Content)
        {
            if (part is not JsonObject partObject)
            {
                continue;
            }

            foreach (var (fieldName, field) in partObject)
            {
                if (field is not JsonObject f || f["TermContentItemIds"] is not JsonArray terms)
                {
                    continue;
                }

                var taxonomy = f["TaxonomyContentItemId"] is JsonValue t && t.TryGetValue<string>(out var id) ? id : "";
                foreach (var term in terms.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().Distinct())
                {
                    yield return new TaxonomyIndex
                    {
                        ContentItemId = item.ContentItemId,
                        ContentType = item.ContentType,
                        ContentPart = partName,
                        ContentField = fieldName,
                        TaxonomyContentItemId = taxonomy,
                        TermContentItemId = term,
                        Published = item.Published,
                        Latest = item.Latest,
                    };
                }
            }
        }
    }
}
