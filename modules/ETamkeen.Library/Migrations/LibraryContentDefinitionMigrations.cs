using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Library.Models;
using ETamkeen.Shells;

namespace ETamkeen.Library.Migrations;

/// <summary>
/// The library's content-definition migration, Orchard's data migration in spirit: FluentMigrator
/// migrations can't reach the tenant's services, so these steps run when the shell starts, once
/// per tenant, numbered in a document. Step 1 defines the types and the part (as data, in the
/// <c>ContentDefinition</c> step's shape, so administrators can change them later) and creates the
/// two taxonomies with fixed ids that recipes refer to.
/// </summary>
public sealed class LibraryContentDefinitionMigrations(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    IContentManager contents,
    ContentQueries queries) : IShellActivationHandler
{
    private const int Latest = 1;

    public async Task ActivatedAsync(CancellationToken cancellationToken)
    {
        var state = await session.FirstOrDefaultAsync<LibraryMigrationsDocument>(cancellationToken) ?? new LibraryMigrationsDocument();
        if (state.Applied >= Latest)
        {
            return;
        }

        await DefineTypesAsync();
        await CreateTaxonomyAsync(LibraryContent.AxesTaxonomyId, LibraryContent.AxesAlias, "Axes de la bibliothèque", "bibliotheque/axes", LibraryAxes.Terms);
        await CreateTaxonomyAsync(LibraryContent.TagsTaxonomyId, LibraryContent.TagsAlias, "Mots-clés de la bibliothèque", "bibliotheque/mots-cles", []);

        state.Applied = Latest;
        session.Save(state);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task DefineTypesAsync()
    {
        await using var stream = typeof(LibraryContentDefinitionMigrations).Assembly.GetManifestResourceStream("ETamkeen.Library.LibraryContentDefinition.json")
            ?? throw new InvalidOperationException("The library's content definition is missing from its assembly.");
        var json = (await JsonNode.ParseAsync(stream))!;
        var types = ContentJson.Records<List<ContentTypeDefinitionRecord>>(json["ContentTypes"]) ?? [];
        var parts = ContentJson.Records<List<ContentPartDefinitionRecord>>(json["ContentParts"]) ?? [];
        await definitions.AlterAsync(d => ContentDefinitionMerger.Merge(d, types, parts));
    }

    private async Task CreateTaxonomyAsync(string id, string alias, string title, string path, IReadOnlyList<(string Id, string Title)> terms)
    {
        // A recipe may have brought it already (an export imported elsewhere): it is kept as it is.
        if (await queries.LatestAsync(id) is not null)
        {
            return;
        }

        var taxonomy = new ContentItem { ContentItemId = id, ContentType = "Taxonomy", DisplayText = title, Published = true, Latest = true };
        taxonomy.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        taxonomy.Content["AliasPart"] = new JsonObject { ["Alias"] = alias };
        taxonomy.Content["AutoroutePart"] = new JsonObject { ["Path"] = path };
        taxonomy.Content["TaxonomyPart"] = new JsonObject
        {
            ["TermContentType"] = "LibraryTerm",
            ["Terms"] = new JsonArray([.. terms.Select(t => (JsonNode)new JsonObject
            {
                ["ContentItemId"] = t.Id,
                ["ContentType"] = "LibraryTerm",
                ["DisplayText"] = t.Title,
                ["TitlePart"] = new JsonObject { ["Title"] = t.Title },
            })]),
        };

        var result = await contents.ImportAsync(taxonomy);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The taxonomy '{alias}' could not be created: "
                + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }
}
