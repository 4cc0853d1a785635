using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
using ETamkeen.Search.Models;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// A published content item as a Lucene document: ids, type, culture and path as keywords, the
/// display text and a full text made of every text part and field (HTML stripped), and the
/// index's facets as keywords and doc values. A part or field whose <c>LuceneContentIndexSettings</c>
/// says <c>Included: false</c> stays out of the full text; <c>Keyword: true</c> adds it as an exact
/// keyword <c>Part.Field</c>, <c>Stored: true</c> keeps its value in the index.
/// </summary>
public static partial class ContentDocumentBuilder
{
    private static readonly string[] TextProperties = ["Title", "Text", "Html", "Markdown"];

    /// <param name="termNames">Display texts of taxonomy terms by id, for facets and the full text.</param>
    public static Document Build(ContentItem item, ContentTypeDefinition? type, LuceneIndexSettings settings, IReadOnlyDictionary<string, string> termNames)
    {
        var document = new Document
        {
            new StringField(IndexFields.ContentItemId, item.ContentItemId, Field.Store.YES),
            new StringField(IndexFields.ContentItemVersionId, item.ContentItemVersionId, Field.Store.YES),
            new StringField(IndexFields.ContentType, item.ContentType, Field.Store.YES),
            new TextField(IndexFields.DisplayText, item.DisplayText, Field.Store.YES),
        };
        document.Add(new StringField(IndexFields.Culture, Culture(item) ?? IndexFields.NoCulture, Field.Store.YES));

        if (item.Text("AutoroutePart", "Path") is { Length: > 0 } path)
        {
            document.Add(new StoredField(IndexFields.Url, path));
        }

        var fullText = new StringBuilder(item.DisplayText);
        foreach (var (partName, node) in item.Content)
        {
            if (node is not JsonObject part)
            {
                continue;
            }

            var partSettings = IndexSettings(type?.Part(partName)?.Settings);
            foreach (var (property, value) in part)
            {
                if (value is JsonObject field)
                {
                    var fieldSettings = IndexSettings(type?.Part(partName)?.Fields.FirstOrDefault(f => f.Name == property)?.Settings) ?? partSettings;
                    AddField(document, fullText, partName + "." + property, Values(field, termNames), fieldSettings);
                }
                else if (TextProperties.Contains(property, StringComparer.Ordinal) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                    && !(partName == "TitlePart" && property == "Title"))
                {
                    AddField(document, fullText, partName + "." + property, [Plain(v.GetValue<string>())], partSettings);
                }
            }
        }

        document.Add(new TextField(IndexFields.FullText, fullText.ToString(), Field.Store.YES));
        AddFacet(document, IndexFields.TypeFacet, item.ContentType);
        foreach (var (name, source) in settings.Facets)
        {
            if (name == IndexFields.TypeFacet)
            {
                continue;
            }

            foreach (var value in FacetValues(item, source, termNames))
            {
                AddFacet(document, name, value);
            }
        }

        return document;
    }

    /// <summary>The values a facet reads: <c>ContentType</c>, <c>Culture</c>, or a field <c>Part.Field</c>.</summary>
    public static IEnumerable<string> FacetValues(ContentItem item, string source, IReadOnlyDictionary<string, string> termNames)
    {
        if (source == "ContentType")
        {
            return [item.ContentType];
        }

        if (source == "Culture")
        {
            return Culture(item) is { } culture ? [culture] : [];
        }

        var dot = source.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || item.Content[source[..dot]] is not JsonObject part)
        {
            return [];
        }

        return part[source[(dot + 1)..]] switch
        {
            JsonObject field => Values(field, termNames).Where(v => v.Length > 0 && v.Length <= 200),
            JsonValue value => [Scalar(value)],
            _ => [],
        };
    }

    public static string? Culture(ContentItem item) => item.Text("LocalizationPart", "Culture") is { Length: > 0 } c ? c : null;

    /// <summary>Every term id an item's taxonomy fields pick, with the taxonomy they come from.</summary>
    public static IEnumerable<string> TaxonomyIds(ContentItem item) =>
        item.Content.Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(p => p.Select(f => f.Value).OfType<JsonObject>())
            .Select(f => f["TaxonomyContentItemId"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private static void AddField(Document document, StringBuilder fullText, string name, IReadOnlyList<string> values, FieldIndexSettings? settings)
    {
        if (settings?.Included == false || values.Count == 0)
        {
            return;
        }

        foreach (var value in values.Where(v => v.Length > 0))
        {
            fullText.Append('\n').Append(value);
            if (settings?.Keyword == true && value.Length <= 1000)
            {
                document.Add(new StringField(name, value, settings.Stored ? Field.Store.YES : Field.Store.NO));
            }
            else if (settings?.Stored == true)
            {
                document.Add(new StoredField(name, value));
            }
        }
    }

    private static void AddFacet(Document document, string name, string value)
    {
        document.Add(new StringField(IndexFields.Facet(name), value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(IndexFields.Facet(name), new BytesRef(value)));
    }

    /// <summary>A field's values: its text (HTML stripped), its value, or its picked terms' names.</summary>
    private static List<string> Values(JsonObject field, IReadOnlyDictionary<string, string> termNames)
    {
        var values = new List<string>();
        foreach (var name in TextProperties)
        {
            if (field[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                values.Add(Plain(v.GetValue<string>()));
            }
        }

        if (field["Value"] is JsonValue value && value.GetValueKind() is not JsonValueKind.Null)
        {
            values.Add(Scalar(value));
        }

        if (field["TermContentItemIds"] is JsonArray terms)
        {
            values.AddRange(terms.OfType<JsonValue>().Select(t => t.ToString()).Select(id => termNames.GetValueOrDefault(id, id)));
        }

        return values;
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        // From the raw JSON: a value built in code may hold an int, one read from a document a JsonElement.
        JsonValueKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            number.ToString("0.############", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    /// <summary>Text without its markup: tags become spaces, entities their characters.</summary>
    private static string Plain(string text) =>
        text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(Tags().Replace(text, " "))
            : text;

    private static FieldIndexSettings? IndexSettings(JsonObject? settings) =>
        settings?["LuceneContentIndexSettings"] is JsonObject s
            ? new FieldIndexSettings(Flag(s, "Included") ?? true, Flag(s, "Stored") ?? false, Flag(s, "Keyword") ?? false)
            : null;

    private static bool? Flag(JsonObject settings, string name) => settings[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        _ => null,
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    private sealed record FieldIndexSettings(bool Included, bool Stored, bool Keyword);
}
