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

    /// <summary>Whether any document or index row holds the text (e.g. a secret that must be stored hashed).</summary>
    public static async Task<bool> ContainsTextAsync(IDbConnectionFactory db, string text)
    {
        await using var connection = await db.OpenAsync();
        var inDocuments = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM \"Document\" WHERE \"Content\" LIKE @pattern", new { pattern = "%" + text + "%" });
        var inTokens = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM \"UserApiTokenIndex\" WHERE \"TokenHash\" = @text", new { text });
        return inDocuments + inTokens > 0;
    }
}
