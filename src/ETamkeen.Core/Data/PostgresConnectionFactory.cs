using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace ETamkeen.Data;

/// <summary>
/// A tenant's schema on a PostgreSQL server. Tenants on one server share one connection
/// pool (a pool per schema would exhaust the server's connections at a few hundred
/// tenants); each opened connection is pointed at the tenant's schema.
/// </summary>
public sealed class PostgresConnectionFactory : IDbConnectionFactory
{
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new();
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _setSearchPath;

    public PostgresConnectionFactory(string connectionString, string schema)
    {
        Schema = schema;
        ServerConnectionString = connectionString;
        _dataSource = DataSources.GetOrAdd(connectionString, cs => NpgsqlDataSource.Create(cs));
        _setSearchPath = $"SET search_path TO {PostgresDialect.Instance.Quote(schema)}";
    }

    public string Schema { get; }
    public string ServerConnectionString { get; }
    public ISqlDialect Dialect => PostgresDialect.Instance;

    /// <summary>A connection string for tools that open their own connections (migrations): unpooled, schema first.</summary>
    public string SchemaConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString)
    {
        SearchPath = Schema,
        Pooling = false,
    }.ToString();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _setSearchPath;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE SCHEMA IF NOT EXISTS {PostgresDialect.Instance.Quote(Schema)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DropSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS {PostgresDialect.Instance.Quote(Schema)} CASCADE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
