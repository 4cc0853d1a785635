using ETamkeen.Data;

namespace ETamkeen.Contents.Templates;

/// <summary>
/// The tenant's Liquid templates, keyed by Orchard shape name (<c>Content__BlogPost</c>,
/// <c>Content_Summary__BlogPost</c>): the same shape Orchard's <c>Templates</c> step carries.
/// </summary>
[DocumentType("Templates")]
public sealed class TemplatesDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    public Dictionary<string, Template> Templates { get; set; } = new(StringComparer.Ordinal);
}

public sealed class Template
{
    public string Content { get; set; } = "";
    public string? Description { get; set; }
}
