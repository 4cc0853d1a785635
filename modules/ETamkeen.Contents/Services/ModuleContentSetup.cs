using System.Reflection;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Services;

/// <summary>
/// What a module's content-definition migration does at a tenant's first start: define its
/// types and parts from a JSON resource in the <c>ContentDefinition</c> step's shape (data, so
/// administrators change them later), and create taxonomies with the fixed ids recipes refer to.
/// </summary>
public sealed class ModuleContentSetup(IContentDefinitionManager definitions, IContentManager contents, ContentQueries queries)
{
    /// <summary>Merges the <c>ContentTypes</c> and <c>ContentParts</c> of an embedded JSON resource into the tenant's definitions.</summary>
    public async Task DefineAsync(Assembly assembly, string resourceName)
    {
        await using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The content definition '{resourceName}' is missing from {assembly.GetName().Name}.");
        var json = (await JsonNode.ParseAsync(stream))!;
        var types = ContentJson.Records<List<ContentTypeDefinitionRecord>>(json["ContentTypes"]) ?? [];
        var parts = ContentJson.Records<List<ContentPartDefinitionRecord>>(json["ContentParts"]) ?? [];
        await definitions.AlterAsync(d => ContentDefinitionMerger.Merge(d, types, parts));
    }

    /// <summary>
    /// A published taxonomy with fixed term ids; one already there (a recipe's, or an export
    /// imported elsewhere) is kept as it is.
    /// </summary>
    public async Task CreateTaxonomyAsync(string id, string alias, string title, string? path, string termType, IReadOnlyList<(string Id, string Title)> terms)
    {
        if (await queries.LatestAsync(id) is not null)
        {
            return;
        }

        var taxonomy = new ContentItem { ContentItemId = id, ContentType = "Taxonomy", DisplayText = title, Published = true, Latest = true };
        taxonomy.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        taxonomy.Content["AliasPart"] = new JsonObject { ["Alias"] = alias };
        if (path is not null)
        {
            taxonomy.Content["AutoroutePart"] = new JsonObject { ["Path"] = path };
        }

        taxonomy.Content["TaxonomyPart"] = new JsonObject
        {
            ["TermContentType"] = termType,
            ["Terms"] = new JsonArray([.. terms.Select(t => (JsonNode)new JsonObject
            {
                ["ContentItemId"] = t.Id,
                ["ContentType"] = termType,
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
