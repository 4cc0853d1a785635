namespace ETamkeen.Data;

/// <summary>
/// A unit of work over the tenant's documents: saves and deletes are queued and written,
/// with their index rows, in one transaction by <see cref="SaveChangesAsync"/>.
/// Scoped to a request.
/// </summary>
public interface IDocumentSession
{
    void Save<T>(T document) where T : class, IDocument;

    void Delete<T>(T document) where T : class, IDocument;

    Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : class, IDocument;

    /// <summary>The first document of a type (for singletons such as site settings).</summary>
    Task<T?> FirstOrDefaultAsync<T>(CancellationToken cancellationToken = default) where T : class, IDocument;

    /// <summary>
    /// Documents whose index row matches <paramref name="where"/>: SQL over the index columns,
    /// aliased <c>i</c>, with named parameters only (for example <c>i."Name" = @name</c>).
    /// </summary>
    Task<IReadOnlyList<T>> QueryAsync<T, TIndex>(
        string? where = null,
        object? parameters = null,
        string? orderBy = null,
        int skip = 0,
        int take = 100,
        CancellationToken cancellationToken = default)
        where T : class, IDocument
        where TIndex : MapIndex;

    Task<long> CountAsync<T, TIndex>(string? where = null, object? parameters = null, CancellationToken cancellationToken = default)
        where T : class, IDocument
        where TIndex : MapIndex;

    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}
