using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ETamkeen.Data;

/// <summary>
/// A copy of a tenant's database taken before a recipe runs on it, so that a failing step can
/// put every table back as it was. Steps commit one by one (and migrations run on their own
/// connections), so one transaction can't span a recipe: a snapshot can. It costs a copy of
/// the tenant's data, which recipes, being occasional admin operations, can afford.
/// </summary>
public abstract class TenantSnapshot : IAsyncDisposable
{
    public static async Task<TenantSnapshot> TakeAsync(IDbConnectionFactory db, CancellationToken cancellationToken = default) => db switch
    {
        SqliteConnectionFactory sqlite => await SqliteSnapshot.TakeAsync(sqlite),
        PostgresConnectionFactory postgres => await PostgresSnapshot.TakeAsync(postgres, cancellationToken),
        _ => throw new NotSupportedException(db.GetType().Name),
    };

    /// <summary>Puts the database back as it was when the snapshot was taken.</summary>
    public abstract Task RestoreAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteSnapshot(SqliteConnectionFactory db, string copy) : TenantSnapshot
    {
        public static Task<TenantSnapshot> TakeAsync(SqliteConnectionFactory db)
        {
            var copy = Path.Combine(Path.GetTempPath(), $"etk-snapshot-{Guid.NewGuid():N}.db");
            using (var source = new SqliteConnection(db.ConnectionString))
            using (var target = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                source.Open();
                source.BackupDatabase(target);
            }

            return Task.FromResult<TenantSnapshot>(new SqliteSnapshot(db, copy));
        }

        public override Task RestoreAsync(CancellationToken cancellationToken = default)
        {
            using (var source = new SqliteConnection($"Data Source={copy};Pooling=False"))
            using (var target = new SqliteConnection(db.ConnectionString))
            {
                source.Open();
                source.BackupDatabase(target);
            }

            db.ReleaseFile();
            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={copy};Pooling=False"));
            File.Delete(copy);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresSnapshot(PostgresConnectionFactory db, string snapshotSchema, IReadOnlyList<string> tables) : TenantSnapshot
    {
        private const string TablesSql = "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_type = 'BASE TABLE' ORDER BY table_name";

        public static async Task<TenantSnapshot> TakeAsync(PostgresConnectionFactory db, CancellationToken cancellationToken)
        {
            var q = PostgresDialect.Instance;
            var snapshot = (db.Schema + "_snap_" + Guid.NewGuid().ToString("N")[..8]).ToLowerInvariant();
            await using var connection = await db.OpenAsync(cancellationToken);
            var tables = (await connection.QueryAsync<string>(TablesSql, new { schema = db.Schema })).ToList();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync($"CREATE SCHEMA {q.Quote(snapshot)}", transaction: transaction);
            foreach (var table in tables)
            {
                await connection.ExecuteAsync($"CREATE TABLE {q.Quote(snapshot)}.{q.Quote(table)} AS TABLE {q.Quote(db.Schema)}.{q.Quote(table)}", transaction: transaction);
            }

            await transaction.CommitAsync(cancellationToken);
            return new PostgresSnapshot(db, snapshot, tables);
        }

        public override async Task RestoreAsync(CancellationToken cancellationToken = default)
        {
            var q = PostgresDialect.Instance;
            var schema = q.Quote(db.Schema);
            await using var connection = await db.OpenAsync(cancellationToken);
            var now = (await connection.QueryAsync<string>(TablesSql, new { schema = db.Schema })).ToList();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var added in now.Except(tables))
            {
                await connection.ExecuteAsync($"DROP TABLE {schema}.{q.Quote(added)} CASCADE", transaction: transaction);
            }

            foreach (var table in tables)
            {
                var target = $"{schema}.{q.Quote(table)}";
                var columns = string.Join(", ", (await connection.QueryAsync<string>(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = @schema AND table_name = @table ORDER BY ordinal_position",
                    new { schema = snapshotSchema, table }, transaction)).Select(q.Quote));
                await connection.ExecuteAsync($"DELETE FROM {target}", transaction: transaction);
                // Ids are GENERATED ALWAYS identities: the restored rows keep theirs.
                await connection.ExecuteAsync($"INSERT INTO {target} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM {q.Quote(snapshotSchema)}.{q.Quote(table)}", transaction: transaction);
                if (columns.Contains(q.Quote("Id"), StringComparison.Ordinal))
                {
                    await ResetIdentityAsync(connection, transaction, db.Schema, table);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            await using var connection = await db.OpenAsync();
            await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS {PostgresDialect.Instance.Quote(snapshotSchema)} CASCADE");
        }

        /// <summary>Identity counters went on during the failed run: set them back to the restored rows.</summary>
        private static async Task ResetIdentityAsync(DbConnection connection, DbTransaction transaction, string schema, string table)
        {
            var sequence = await connection.ExecuteScalarAsync<string?>(
                "SELECT pg_get_serial_sequence(quote_ident(@schema) || '.' || quote_ident(@table), 'Id')", new { schema, table }, transaction);
            if (sequence is not null)
            {
                var q = PostgresDialect.Instance;
                await connection.ExecuteAsync(
                    $"SELECT setval(@sequence, COALESCE((SELECT MAX({q.Quote("Id")}) FROM {q.Quote(schema)}.{q.Quote(table)}), 0) + 1, false)",
                    new { sequence }, transaction);
            }
        }
    }
}
