using ETamkeen.Contents.Handlers;
using ETamkeen.Data;

namespace ETamkeen.Contents.Display;

/// <summary>A shell singleton that keeps the tenant's copy of a document pages read on every request.</summary>
public interface ICachedDocument<TDocument>
    where TDocument : class, IDocument
{
    TDocument? Current { get; set; }
}

/// <summary>
/// A tenant document that shapes the public pages (templates, placements): read once per
/// shell, replaced whole on save. A save empties the output cache, since cached pages were
/// rendered with the old document.
/// </summary>
public abstract class CachedDocumentStore<TDocument>(IDocumentSession session, ICachedDocument<TDocument> cache, ContentOutputCache pages)
    where TDocument : class, IDocument, new()
{
    public async Task<TDocument> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Current is { } cached)
        {
            return cached;
        }

        var loaded = await session.FirstOrDefaultAsync<TDocument>(cancellationToken) ?? new TDocument();
        cache.Current = loaded;
        return loaded;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored document and saves it. The change must
    /// replace what it changes rather than edit the shared instances in place: the document
    /// may be the cached one, and a failed save must not leave the cache half-changed.
    /// </summary>
    protected async Task ChangeAsync(Action<TDocument> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var stored = await session.FirstOrDefaultAsync<TDocument>(cancellationToken) ?? new TDocument();
        change(stored);
        session.Save(stored);
        await session.SaveChangesAsync(cancellationToken);
        await pages.EvictAsync();
        cache.Current = stored;
    }
}
