using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ETamkeen.Data;

/// <summary>The tenant's SQLite file, in WAL mode so that readers don't wait on a writer.</summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    public const string FileName = "etamkeen.db";

    public SqliteConnectionFactory(string siteFolder)
    {
        Directory.CreateDirectory(siteFolder);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(siteFolder, FileName),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string ConnectionString { get; }
    public ISqlDialect Dialect => SqliteDialect.Instance;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Sets WAL once; the mode is kept in the file.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes pooled handles so that the file can be deleted.</summary>
    public void ReleaseFile() => SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
}
