using Dapper;

namespace ETamkeen.Data.Migrations;

/// <summary>
/// Which migration versions of which feature a tenant has run. Versions are per feature, so
/// modules number their migrations 1, 2, 3... without coordinating with each other.
/// </summary>
internal static class MigrationLedger
{
    public static async Task EnsureAsync(IDbConnectionFactory db, CancellationToken cancellationToken)
    {
        var q = db.Dialect;
        var sql = $"""
            CREATE TABLE IF NOT EXISTS {q.Quote("MigrationHistory")} (
                {q.Quote("FeatureId")} VARCHAR(255) NOT NULL,
                {q.Quote("Version")} BIGINT NOT NULL,
                {q.Quote("AppliedUtc")} VARCHAR(40) NOT NULL,
                PRIMARY KEY ({q.Quote("FeatureId")}, {q.Quote("Version")}))
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    public static async Task<HashSet<(string Feature, long Version)>> ReadAsync(IDbConnectionFactory db, CancellationToken cancellationToken)
    {
        var q = db.Dialect;
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, long)>(new CommandDefinition(
            $"SELECT {q.Quote("FeatureId")}, {q.Quote("Version")} FROM {q.Quote("MigrationHistory")}", cancellationToken: cancellationToken));
        return [.. rows];
    }

    public static async Task RecordAsync(IDbConnectionFactory db, string feature, long version, CancellationToken cancellationToken)
    {
        var q = db.Dialect;
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {q.Quote("MigrationHistory")} ({q.Quote("FeatureId")}, {q.Quote("Version")}, {q.Quote("AppliedUtc")}) VALUES (@feature, @version, @applied)",
            new { feature, version, applied = DateTimeOffset.UtcNow.ToString("O") },
            cancellationToken: cancellationToken));
    }
}
