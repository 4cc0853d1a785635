using System.Text.Json.Nodes;

namespace ETamkeen.Contents.Metadata;

/// <summary>A content type as Orchard's <c>ContentDefinition</c> step writes it.</summary>
public sealed class ContentTypeDefinitionRecord
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public JsonObject Settings { get; set; } = [];
    public List<ContentTypePartDefinitionRecord> ContentTypePartDefinitionRecords { get; set; } = [];
}

/// <summary>A part attached to a type: <see cref="PartName"/> is the part, <see cref="Name"/> its name in the type.</summary>
public sealed class ContentTypePartDefinitionRecord
{
    public string PartName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
}

public sealed class ContentPartDefinitionRecord
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
    public List<ContentPartFieldDefinitionRecord> ContentPartFieldDefinitionRecords { get; set; } = [];
}

public sealed class ContentPartFieldDefinitionRecord
{
    public string FieldName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
}
