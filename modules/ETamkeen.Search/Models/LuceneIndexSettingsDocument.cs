using ETamkeen.Data;

namespace ETamkeen.Search.Models;

/// <summary>The tenant's indexes by name: one document per tenant, in its database, so that every node reads the same.</summary>
[DocumentType("LuceneIndexSettings")]
public sealed class LuceneIndexSettingsDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    public Dictionary<string, LuceneIndexSettings> Indices { get; set; } = new(StringComparer.Ordinal);
}
