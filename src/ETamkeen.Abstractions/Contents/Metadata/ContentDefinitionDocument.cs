using ETamkeen.Data;

namespace ETamkeen.Contents.Metadata;

/// <summary>A tenant's content definitions: one document, cached per shell.</summary>
[DocumentType("ContentDefinition")]
public sealed class ContentDefinitionDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public List<ContentTypeDefinitionRecord> ContentTypeDefinitionRecords { get; set; } = [];
    public List<ContentPartDefinitionRecord> ContentPartDefinitionRecords { get; set; } = [];
}
