using System.Text;
using ETamkeen.Data;

namespace ETamkeen.Contents.Handlers;

/// <summary>A published item (or a former path) found at an Autoroute path, as the page query read it.</summary>
/// <remarks>
/// Immutable: the document is kept as UTF-8 JSON and every request deserialises its own
/// <see cref="ContentItem"/>, since a JsonObject is neither immutable nor safe to read from
/// several threads (it materialises its children lazily).
/// </remarks>
public sealed class ContentPathRow
{
    private readonly byte[] _content;

    public ContentPathRow(string contentItemId, string culture, bool isPrevious, long documentId, string content, int version)
    {
        ContentItemId = contentItemId;
        Culture = culture;
        IsPrevious = isPrevious;
        DocumentId = documentId;
        Version = version;
        _content = Encoding.UTF8.GetBytes(content);
    }

    public string ContentItemId { get; }
    public string Culture { get; }
    public bool IsPrevious { get; }
    public long DocumentId { get; }
    public int Version { get; }

    /// <summary>A fresh item for one request: callers may change it freely.</summary>
    public ContentItem Item()
    {
        var item = System.Text.Json.JsonSerializer.Deserialize<ContentItem>(_content, DocumentSerializer.Options)
            ?? throw new InvalidOperationException($"Document {DocumentId} is empty.");
        item.Id = DocumentId;
        item.Version = Version;
        return item;
    }
}

/// <summary>
/// Per shell: Autoroute path → the published rows the page query found there, so that a page
/// view reads no database. Emptied by any content event (the same ones that empty the output
/// cache); definitions, placements and templates are still read per request from their own
/// caches, so their changes need nothing here. A failed recipe releases the shell and with it
/// this cache. Only published index rows are ever read, so drafts can't get in; what a visitor
/// may see (Securable types) is still decided per request.
/// </summary>
public sealed class ContentPageCache() : ContentChangeCache<IReadOnlyList<ContentPathRow>>(Capacity)
{
    /// <summary>Paths kept at most: the catch-all route sees any path a crawler makes up.</summary>
    public const int Capacity = 4096;

    protected override bool ShouldKeep(IReadOnlyList<ContentPathRow> value) => value.Count > 0;
}
