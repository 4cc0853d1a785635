using Xunit;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>
/// The providers a test runs on: SQLite always, PostgreSQL when <c>ETAMKEEN_TEST_POSTGRES</c>
/// holds a server connection string (scripts/test.sh sets it; CI fails without it).
/// </summary>
public static class Databases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("ETAMKEEN_TEST_POSTGRES");

    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrEmpty(PostgresConnectionString))
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}
