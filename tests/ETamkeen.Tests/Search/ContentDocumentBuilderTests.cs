using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Models;
using Lucene.Net.Documents;
using Xunit;

namespace ETamkeen.Tests.Search;

public sealed class ContentDocumentBuilderTests
{
    private static readonly Dictionary<string, string> Terms = new() { ["axis-rh"] = "Ressources humaines", ["axis-data"] = "Données" };

    private static ContentItem Item()
    {
        var item = new ContentItem { ContentItemId = "item1", ContentItemVersionId = "v1", ContentType = "GoodPractice", DisplayText = "Télétravail", Published = true };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Le <b>télétravail</b> &amp; la formation</p>" };
        item.Content["LocalizationPart"] = new JsonObject { ["Culture"] = "fr" };
        item.Content["LibraryEntry"] = new JsonObject
        {
            ["Axis"] = new JsonObject { ["TaxonomyContentItemId"] = "axes", ["TermContentItemIds"] = new JsonArray("axis-rh", "axis-data") },
            ["Year"] = JsonNode.Parse("""{ "Value": 2024.0 }"""),
            ["Secret"] = new JsonObject { ["Text"] = "ne pas indexer" },
            ["Code"] = new JsonObject { ["Text"] = "GP-42" },
        };
        return item;
    }

    private static ContentTypeDefinition Type() => new()
    {
        Name = "GoodPractice",
        DisplayName = "Bonne pratique",
        Settings = [],
        Parts =
        [
            new TypePartDefinition
            {
                Name = "LibraryEntry",
                PartName = "LibraryEntry",
                Settings = [],
                Fields =
                [
                    new PartFieldDefinition { Name = "Secret", FieldName = "TextField", Settings = JsonNode.Parse("""{ "LuceneContentIndexSettings": { "Included": false } }""")!.AsObject() },
                    new PartFieldDefinition { Name = "Code", FieldName = "TextField", Settings = JsonNode.Parse("""{ "LuceneContentIndexSettings": { "Included": true, "Stored": true, "Keyword": true } }""")!.AsObject() },
                ],
            },
        ],
    };

    [Fact]
    public void Taxonomy_facets_keep_the_terms_display_text_and_numbers_their_plain_value()
    {
        var item = Item();
        Assert.Equal(["Ressources humaines", "Données"], ContentDocumentBuilder.FacetValues(item, "LibraryEntry.Axis", Terms));
        Assert.Equal(["2024"], ContentDocumentBuilder.FacetValues(item, "LibraryEntry.Year", Terms));
        Assert.Equal(["GoodPractice"], ContentDocumentBuilder.FacetValues(item, "ContentType", Terms));
        Assert.Empty(ContentDocumentBuilder.FacetValues(item, "Nope.Field", Terms));
        Assert.Equal(["axes"], ContentDocumentBuilder.TaxonomyIds(item));
    }

    [Fact]
    public void The_document_follows_the_lucene_settings_of_parts_and_fields()
    {
        var settings = new LuceneIndexSettings { Facets = new() { ["axis"] = "LibraryEntry.Axis" } };
        var document = ContentDocumentBuilder.Build(Item(), Type(), settings, Terms);
        var fullText = document.Get(IndexFields.FullText);

        Assert.Contains("télétravail", fullText, StringComparison.Ordinal);
        Assert.Contains("& la formation", fullText, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", fullText, StringComparison.Ordinal);
        Assert.DoesNotContain("ne pas indexer", fullText, StringComparison.Ordinal);
        Assert.Contains("Ressources humaines", fullText, StringComparison.Ordinal);
        Assert.Equal("GP-42", document.Get("LibraryEntry.Code"));
        Assert.IsType<StringField>(document.GetField("LibraryEntry.Code"));
        Assert.Equal("fr", document.Get(IndexFields.Culture));
        Assert.Equal(2, document.GetFields(IndexFields.Facet("axis")).Count(f => f is StringField));
    }
}
