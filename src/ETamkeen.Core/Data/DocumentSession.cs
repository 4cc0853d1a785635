using System.Data.Common;
using Dapper;

namespace ETamkeen.Data;

/// <summary>
/// The tenant's document store: rows of <c>Document</c> (Id, Type, Content, Version) plus the
/// map-index rows of every provider for the document's type, written in one transaction.
/// All SQL is parameterised; table and column names come from code, never from input.
/// </summary>
public sealed class DocumentSession : IDocumentSession
{
    private readonly IDbConnectionFactory _connections;
    private readonly IIndexProvider[] _indexProviders;
    private readonly IDocumentCommitParticipant[] _participants;
    private readonly List<(IDocument Document, bool Delete)> _pending = [];
    private readonly Dictionary<(Type, long), IDocument> _identityMap = [];
    private readonly string _documentTable;
    private readonly string _selectColumns;

    public DocumentSession(IDbConnectionFactory connections, IEnumerable<IIndexProvider> indexProviders)
        : this(connections, indexProviders, [])
    {
    }

    public DocumentSession(IDbConnectionFactory connections, IEnumerable<IIndexProvider> indexProviders, IEnumerable<IDocumentCommitParticipant> participants)
    {
        _connections = connections;
        _indexProviders = [.. indexProviders];
        _participants = [.. participants];
        var q = connections.Dialect;
        _documentTable = q.Quote("Document");
        _selectColumns = $"d.{q.Quote("Id")}, d.{q.Quote("Content")}, d.{q.Quote("Version")}";
    }

    public void Save<T>(T document) where T : class, IDocument
    {
        _pending.RemoveAll(p => ReferenceEquals(p.Document, document));
        _pending.Add((document, false));
    }

    public void Delete<T>(T document) where T : class, IDocument
    {
        _pending.RemoveAll(p => ReferenceEquals(p.Document, document));
        _pending.Add((document, true));
    }

    public async Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : class, IDocument
    {
        if (_identityMap.TryGetValue((typeof(T), id), out var known))
        {
            return (T)known;
        }

        var q = _connections.Dialect;
        var sql = $"SELECT {_selectColumns} FROM {_documentTable} d WHERE d.{q.Quote("Id")} = @id AND d.{q.Quote("Type")} = @type";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<DocumentRow>(
            new CommandDefinition(sql, new { id, type = DocumentSerializer.TypeName(typeof(T)) }, cancellationToken: cancellationToken));
        return row is null ? null : Materialize<T>(row);
    }

    public async Task<T?> FirstOrDefaultAsync<T>(CancellationToken cancellationToken = default) where T : class, IDocument
    {
        var q = _connections.Dialect;
        var sql = $"SELECT {_selectColumns} FROM {_documentTable} d WHERE d.{q.Quote("Type")} = @type ORDER BY d.{q.Quote("Id")}{q.Page(0, 1)}";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<DocumentRow>(
            new CommandDefinition(sql, new { type = DocumentSerializer.TypeName(typeof(T)) }, cancellationToken: cancellationToken));
        return row is null ? null : Materialize<T>(row);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T, TIndex>(
        string? where = null,
        object? parameters = null,
        string? orderBy = null,
        int skip = 0,
        int take = 100,
        CancellationToken cancellationToken = default)
        where T : class, IDocument
        where TIndex : MapIndex
    {
        var q = _connections.Dialect;
        var sql = $"SELECT {_selectColumns} {FromIndex<T, TIndex>(where)} ORDER BY {orderBy ?? $"d.{q.Quote("Id")}"}{q.Page(Math.Max(0, skip), Math.Clamp(take, 1, 10_000))}";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition(sql, Parameters<T>(parameters), cancellationToken: cancellationToken));

        // An index with several rows per document would repeat it; keep the first.
        var seen = new HashSet<long>();
        return [.. rows.Where(r => seen.Add(r.Id)).Select(Materialize<T>)];
    }

    public async Task<long> CountAsync<T, TIndex>(string? where = null, object? parameters = null, CancellationToken cancellationToken = default)
        where T : class, IDocument
        where TIndex : MapIndex
    {
        var q = _connections.Dialect;
        var sql = $"SELECT COUNT(DISTINCT d.{q.Quote("Id")}) {FromIndex<T, TIndex>(where)}";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, Parameters<T>(parameters), cancellationToken: cancellationToken));
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var pending = _pending.ToList();
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var versions = pending.Select(p => p.Document.Version).ToList();
        try
        {
            foreach (var (document, delete) in pending)
            {
                if (delete)
                {
                    await DeleteAsync(connection, transaction, document, cancellationToken);
                }
                else
                {
                    await WriteAsync(connection, transaction, document, cancellationToken);
                }
            }

            if (_participants.Length > 0)
            {
                var context = new DocumentCommitContext
                {
                    Connection = connection,
                    Transaction = transaction,
                    Dialect = _connections.Dialect,
                    Saved = [.. pending.Where(p => !p.Delete).Select(p => p.Document)],
                    Deleted = [.. pending.Where(p => p.Delete).Select(p => p.Document)],
                };
                foreach (var participant in _participants)
                {
                    await participant.CommittingAsync(context, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            _pending.Clear();
        }
        catch
        {
            // Nothing was stored: give the documents back the versions they were read with.
            for (var i = 0; i < pending.Count; i++)
            {
                pending[i].Document.Version = versions[i];
            }

            throw;
        }
    }

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, IDocument document, CancellationToken cancellationToken)
    {
        var q = _connections.Dialect;
        var type = DocumentSerializer.TypeName(document.GetType());
        if (document.Id == 0)
        {
            document.Version = 1;
            var insert = $"INSERT INTO {_documentTable} ({q.Quote("Type")}, {q.Quote("Content")}, {q.Quote("Version")}) VALUES (@type, @content, 1) RETURNING {q.Quote("Id")}";
            document.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                insert, new { type, content = DocumentSerializer.Serialize(document) }, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            var read = document.Version;
            document.Version = read + 1;
            var update = $"UPDATE {_documentTable} SET {q.Quote("Content")} = @content, {q.Quote("Version")} = @next WHERE {q.Quote("Id")} = @id AND {q.Quote("Version")} = @read";
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                update, new { content = DocumentSerializer.Serialize(document), next = read + 1, id = document.Id, read }, transaction, cancellationToken: cancellationToken));
            if (changed == 0)
            {
                throw new ConcurrencyException($"{type} {document.Id} was changed since version {read} was read.");
            }
        }

        foreach (var provider in ProvidersFor(document))
        {
            var table = IndexTable.For(provider.IndexType, q);
            await connection.ExecuteAsync(new CommandDefinition(table.DeleteForDocument, new { id = document.Id }, transaction, cancellationToken: cancellationToken));
            foreach (var row in provider.Map(document))
            {
                row.DocumentId = document.Id;
                await connection.ExecuteAsync(new CommandDefinition(table.Insert, row, transaction, cancellationToken: cancellationToken));
            }
        }

        _identityMap[(document.GetType(), document.Id)] = document;
    }

    private async Task DeleteAsync(DbConnection connection, DbTransaction transaction, IDocument document, CancellationToken cancellationToken)
    {
        if (document.Id == 0)
        {
            return;
        }

        var q = _connections.Dialect;
        foreach (var provider in ProvidersFor(document))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                IndexTable.For(provider.IndexType, q).DeleteForDocument, new { id = document.Id }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {_documentTable} WHERE {q.Quote("Id")} = @id", new { id = document.Id }, transaction, cancellationToken: cancellationToken));
        _identityMap.Remove((document.GetType(), document.Id));
    }

    private IEnumerable<IIndexProvider> ProvidersFor(IDocument document) =>
        _indexProviders.Where(p => p.DocumentType.IsInstanceOfType(document));

    private string FromIndex<T, TIndex>(string? where)
    {
        var q = _connections.Dialect;
        var from = $"FROM {_documentTable} d INNER JOIN {q.Quote(typeof(TIndex).Name)} i ON i.{q.Quote(nameof(MapIndex.DocumentId))} = d.{q.Quote("Id")} WHERE d.{q.Quote("Type")} = @__type";
        return string.IsNullOrWhiteSpace(where) ? from : $"{from} AND ({where})";
    }

    private static DynamicParameters Parameters<T>(object? parameters)
    {
        var result = new DynamicParameters(parameters);
        result.Add("__type", DocumentSerializer.TypeName(typeof(T)));
        return result;
    }

    private T Materialize<T>(DocumentRow row) where T : class, IDocument
    {
        if (_identityMap.TryGetValue((typeof(T), row.Id), out var known))
        {
            return (T)known;
        }

        var document = DocumentSerializer.Deserialize<T>(row.Content);
        document.Id = row.Id;
        document.Version = row.Version;
        _identityMap[(typeof(T), row.Id)] = document;
        return document;
    }

    private sealed class DocumentRow
    {
        public long Id { get; set; }
        public string Content { get; set; } = "";
        public int Version { get; set; }
    }
}
