using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Services;

/// <summary>A shell singleton: the definitions as last read, with the resolved types.</summary>
public sealed class ContentDefinitionCache
{
    public (ContentDefinitionDocument Document, IReadOnlyDictionary<string, ContentTypeDefinition> Types)? Current { get; set; }
}
