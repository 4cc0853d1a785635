using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Xunit;

namespace ETamkeen.Tests;

public sealed class ContentDefinitionTests
{
    private static ContentTypeDefinitionRecord Type(string name, params (string Part, JsonObject Settings)[] parts) => new()
    {
        Name = name,
        Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Draftable"] = true } },
        ContentTypePartDefinitionRecords = [.. parts.Select(p => new ContentTypePartDefinitionRecord { PartName = p.Part, Name = p.Part, Settings = p.Settings })],
    };

    [Fact]
    public void Defining_a_type_again_merges_parts_and_settings_instead_of_dropping_them()
    {
        var document = new ContentDefinitionDocument();
        ContentDefinitionMerger.Merge(document, [Type("Training", ("TitlePart", []), ("AutoroutePart", new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = "a" } }))], []);
        ContentDefinitionMerger.Merge(document, [Type("Training", ("AutoroutePart", new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["AllowCustomPath"] = true } }), ("HtmlBodyPart", []))], []);

        var type = Assert.Single(document.ContentTypeDefinitionRecords);
        Assert.Equal(["TitlePart", "AutoroutePart", "HtmlBodyPart"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        var autoroute = type.ContentTypePartDefinitionRecords[1].Settings["AutoroutePartSettings"]!.AsObject();
        Assert.Equal("a", autoroute["Pattern"]!.GetValue<string>());
        Assert.True(autoroute["AllowCustomPath"]!.GetValue<bool>());
    }

    [Fact]
    public void Replace_starts_a_type_afresh_and_delete_removes_a_part_from_every_type()
    {
        var document = new ContentDefinitionDocument();
        ContentDefinitionMerger.Merge(document, [Type("Training", ("TitlePart", []), ("HtmlBodyPart", []))], [new ContentPartDefinitionRecord { Name = "Training" }]);
        ContentDefinitionMerger.Replace(document, [Type("Training", ("TitlePart", []))], []);
        Assert.Equal(["TitlePart"], document.ContentTypeDefinitionRecords.Single().ContentTypePartDefinitionRecords.Select(p => p.Name));

        ContentDefinitionMerger.Delete(document, [], ["TitlePart", "Training"]);
        Assert.Empty(document.ContentTypeDefinitionRecords.Single().ContentTypePartDefinitionRecords);
        Assert.Empty(document.ContentPartDefinitionRecords);
    }

    [Theory]
    [InlineData("Formations en cybersécurité", "formations-en-cybersecurite")]
    [InlineData("  L'Esprit e-TAMKEEN !  ", "l-esprit-e-tamkeen")]
    [InlineData("التحول الرقمي للإدارة", "التحول-الرقمي-للادارة")]
    [InlineData("", "")]
    public void Slugs_fold_french_accents_and_keep_arabic_letters(string title, string slug)
    {
        // Arabic letters stay (the hamza under the alef folds away, as accents do); spaces become hyphens.
        Assert.Equal(slug, Slugs.Slugify(title));
    }

    [Fact]
    public void Orchard_autoroute_patterns_render_with_the_container()
    {
        var blog = new ContentItem { ContentItemId = "blog", DisplayText = "Le Blog" };
        var post = new ContentItem { ContentItemId = "post", DisplayText = "Voyage d'étude à Kigali" };
        var path = LiquidPatterns.Render("{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}", post, blog);
        Assert.Equal("le-blog/voyage-d-etude-a-kigali", path);
    }

    [Fact]
    public void A_broken_pattern_says_so()
    {
        Assert.ThrowsAny<Exception>(() => LiquidPatterns.Render("{{ Model.ContentItem | ", new ContentItem(), null));
    }
}
