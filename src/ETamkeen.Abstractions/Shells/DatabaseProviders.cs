namespace ETamkeen.Shells;

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static bool IsKnown(string? provider) =>
        string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string? provider) =>
        string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? Postgres
            : Sqlite;
}
