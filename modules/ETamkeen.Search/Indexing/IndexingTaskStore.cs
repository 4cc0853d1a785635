using Dapper;
using ETamkeen.Data;
using ETamkeen.Search.Migrations;
using ETamkeen.Search.Models;

namespace ETamkeen.Search.Indexing;

/// <summary>Reads the tenant's <c>IndexingTask</c> log.</summary>
public sealed class IndexingTaskStore(IDbConnectionFactory db)
{
    public static string InsertSql(ISqlDialect q) =>
        $"INSERT INTO {q.Quote(IndexingTaskMigrations.Table)} ({q.Quote("ContentItemId")}, {q.Quote("Type")}, {q.Quote("CreatedUtc")}) VALUES (@id, @type, @now)";

    /// <summary>The tasks after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<IndexingTask>> AfterAsync(long afterId, int take, CancellationToken cancellationToken = default)
    {
        var q = db.Dialect;
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<IndexingTask>(new CommandDefinition(
            $"SELECT {q.Quote("Id")}, {q.Quote("ContentItemId")}, {q.Quote("Type")}, {q.Quote("CreatedUtc")} FROM {q.Quote(IndexingTaskMigrations.Table)} WHERE {q.Quote("Id")} > @afterId ORDER BY {q.Quote("Id")}{q.Page(0, take)}",
            new { afterId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>The task of that id, or null.</summary>
    public async Task<IndexingTask?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var q = db.Dialect;
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<IndexingTask>(new CommandDefinition(
            $"SELECT {q.Quote("Id")}, {q.Quote("ContentItemId")}, {q.Quote("Type")}, {q.Quote("CreatedUtc")} FROM {q.Quote(IndexingTaskMigrations.Table)} WHERE {q.Quote("Id")} = @id",
            new { id },
            cancellationToken: cancellationToken));
    }

    /// <summary>The last task (null when the log is empty): where a rebuild from the content starts the log from.</summary>
    public async Task<IndexingTask?> LastAsync(CancellationToken cancellationToken = default)
    {
        var q = db.Dialect;
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<IndexingTask>(new CommandDefinition(
            $"SELECT {q.Quote("Id")}, {q.Quote("ContentItemId")}, {q.Quote("Type")}, {q.Quote("CreatedUtc")} FROM {q.Quote(IndexingTaskMigrations.Table)} ORDER BY {q.Quote("Id")} DESC{q.Page(0, 1)}",
            cancellationToken: cancellationToken));
    }
}
