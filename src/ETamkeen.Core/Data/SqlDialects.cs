namespace ETamkeen.Data;

public sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public string Name => "Sqlite";
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    public string Page(int skip, int take) => $" LIMIT {take} OFFSET {skip}";
    public string In(string column, string parameter) => $"{column} IN @{parameter}";
}

public sealed class PostgresDialect : ISqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public string Name => "Postgres";
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    public string Page(int skip, int take) => $" LIMIT {take} OFFSET {skip}";
    public string In(string column, string parameter) => $"{column} = ANY(@{parameter})";
}
