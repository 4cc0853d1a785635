using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Services;

/// <summary>The types Orchard's navigation and taxonomy modules define, which recipes' content expects.</summary>
public sealed class BuiltInContentTypes : IContentDefinitionProvider
{
    public void Define(ContentDefinitionDocument definitions)
    {
        definitions.ContentTypeDefinitionRecords.Add(Type("Menu", "Menu", ["TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart"], creatable: true));
        definitions.ContentTypeDefinitionRecords.Add(Type("LinkMenuItem", "Link", ["LinkMenuItemPart"], creatable: false));
        definitions.ContentTypeDefinitionRecords.Add(Type("ContentMenuItem", "Content link", ["ContentMenuItemPart"], creatable: false));
        definitions.ContentTypeDefinitionRecords.Add(Type("Taxonomy", "Taxonomy", ["TitlePart", "AliasPart", "AutoroutePart", "TaxonomyPart"], creatable: true));
    }

    private static ContentTypeDefinitionRecord Type(string name, string displayName, string[] parts, bool creatable) => new()
    {
        Name = name,
        DisplayName = displayName,
        Settings = new JsonObject
        {
            ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = creatable, ["Listable"] = creatable, ["Draftable"] = true },
        },
        ContentTypePartDefinitionRecords = [.. parts.Select((p, i) => new ContentTypePartDefinitionRecord
        {
            PartName = p,
            Name = p,
            Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        })],
    };
}
