using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Admin;

/// <summary>
/// The changes the type editor makes, as operations on the stored definitions; the same
/// document recipes write, so a type built here exports and re-imports like any other.
/// </summary>
public static partial class ContentTypeEditor
{
    public static readonly IReadOnlyList<string> AttachableParts =
    [
        "TitlePart", "AutoroutePart", "HtmlBodyPart", "MarkdownBodyPart", "AliasPart", "LocalizationPart", "ListPart", "TaxonomyPart",
    ];

    public static readonly IReadOnlyList<string> FieldKinds =
    [
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField", "LinkField",
        "ContentPickerField", "TaxonomyField", "MediaField", "UserPickerField", "LocalizationSetContentPickerField",
    ];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    public static partial Regex TechnicalName();

    public static ContentTypeDefinitionRecord NewType(string name, string displayName) => new()
    {
        Name = name,
        DisplayName = displayName,
        Settings = new JsonObject
        {
            ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true },
        },
        ContentTypePartDefinitionRecords =
        [
            Part("TitlePart", "TitlePart", 0),
            Part(name, name, 10),
        ],
    };

    public static ContentTypePartDefinitionRecord Part(string partName, string name, int position) => new()
    {
        PartName = partName,
        Name = name,
        Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(CultureInfo.InvariantCulture) } },
    };

    /// <summary>The part that holds the type's own fields (named after the type), created when first needed.</summary>
    public static ContentPartDefinitionRecord OwnPart(ContentDefinitionDocument document, ContentTypeDefinitionRecord type)
    {
        if (!type.ContentTypePartDefinitionRecords.Any(p => p.PartName == type.Name))
        {
            type.ContentTypePartDefinitionRecords.Add(Part(type.Name, type.Name, 10));
        }

        var part = document.ContentPartDefinitionRecords.FirstOrDefault(p => p.Name == type.Name);
        if (part is null)
        {
            part = new ContentPartDefinitionRecord { Name = type.Name };
            document.ContentPartDefinitionRecords.Add(part);
        }

        return part;
    }

    /// <summary>Rewrites the positions of the fields in the given order.</summary>
    public static void Renumber(ContentPartDefinitionRecord part)
    {
        for (var i = 0; i < part.ContentPartFieldDefinitionRecords.Count; i++)
        {
            var settings = part.ContentPartFieldDefinitionRecords[i].Settings;
            if (settings["ContentPartFieldSettings"] is not JsonObject common)
            {
                common = [];
                settings["ContentPartFieldSettings"] = common;
            }

            common["Position"] = i.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static JsonObject Section(JsonObject settings, string name)
    {
        if (settings[name] is JsonObject section)
        {
            return section;
        }

        var created = new JsonObject();
        settings[name] = created;
        return created;
    }
}
