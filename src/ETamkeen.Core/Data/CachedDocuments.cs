namespace ETamkeen.Data;

/// <summary>A shell singleton: the tenant's copy of a document that most requests read (site settings, SMTP, templates).</summary>
public sealed class DocumentCache<TDocument>
    where TDocument : class, IDocument
{
    private volatile TDocument? _current;

    public TDocument? Current
    {
        get => _current;
        set => _current = value;
    }
}

/// <summary>
/// A tenant's one document of a kind, read once per shell and replaced whole when changed
/// through here. Registered for every document type by the kernel (open generic); each shell
/// has its own cache, so tenants never see each other's.
/// </summary>
public sealed class CachedDocuments<TDocument>(IDocumentSession session, DocumentCache<TDocument> cache)
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
    /// Applies <paramref name="change"/> to a fresh copy read from the database and saves it:
    /// the cached instance is shared by running requests, and a failed save must not leave it
    /// half-changed. A concurrent change fails the save (the document's version) instead of being lost.
    /// </summary>
    public async Task<TDocument> ChangeAsync(Action<TDocument> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var stored = await session.FirstOrDefaultAsync<TDocument>(cancellationToken) ?? new TDocument();
        change(stored);
        session.Save(stored);
        await session.SaveChangesAsync(cancellationToken);
        cache.Current = stored;
        return stored;
    }
}
