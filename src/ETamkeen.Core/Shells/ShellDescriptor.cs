using ETamkeen.Data;

namespace ETamkeen.Shells;

/// <summary>The features a tenant has enabled, kept in the tenant's own database.</summary>
[DocumentType("ShellDescriptor")]
public sealed class ShellDescriptor : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public List<string> Features { get; set; } = [];
}
