using ETamkeen.Contents.Handlers;
using ETamkeen.Data;

namespace ETamkeen.Contents.Display;

/// <summary>
/// A tenant document that shapes the public pages (templates, placements): the kernel's cached
/// document, plus one rule: a save empties the output cache, since cached pages were rendered
/// with the old document.
/// </summary>
public abstract class CachedDocumentStore<TDocument>(CachedDocuments<TDocument> documents, ContentOutputCache pages)
    where TDocument : class, IDocument, new()
{
    public Task<TDocument> GetAsync(CancellationToken cancellationToken = default) => documents.GetAsync(cancellationToken);

    /// <summary>The change must replace what it changes rather than edit shared instances in place (see <see cref="CachedDocuments{TDocument}.ChangeAsync"/>).</summary>
    protected async Task ChangeAsync(Action<TDocument> change, CancellationToken cancellationToken)
    {
        await documents.ChangeAsync(change, cancellationToken);
        await pages.EvictAsync();
    }
}
