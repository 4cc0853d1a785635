using Dapper;
using ETamkeen.Data;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>Looks into a tenant's database the way a DBA would, on either provider.</summary>
public static class DatabaseInspector
{
    public static async Task<bool> TableExistsAsync(IDbConnectionFactory db, string table)
    {
        await using var connection = await db.OpenAsync();
        var sql = db.Dialect.Name == "Postgres"
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";
        return await connection.ExecuteScalarAsync<long>(sql, new { table }) > 0;
    }

    public static async Task<long> MigrationRunsAsync(IDbConnectionFactory db, string feature)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM \"MigrationHistory\" WHERE \"FeatureId\" = @feature", new { feature });
    }
}
