namespace ETamkeen.Benchmarks.Scenarios;

/// <summary><c>&lt;scenario&gt; [N] [--recipe name] [--postgres ["connection string"]]</c>.</summary>
internal sealed class ScenarioOptions
{
    public const string TenantMemory = "tenant-memory";
    public const string FirstRequest = "first-request";
    public const string PostgresEnvironmentVariable = "ETAMKEEN_TEST_POSTGRES";

    public static readonly IReadOnlySet<string> Scenarios = new HashSet<string>(StringComparer.Ordinal) { TenantMemory, FirstRequest };

    public required string Scenario { get; init; }
    public required int Count { get; init; }

    /// <summary>What each tenant is set up from; ministry is what MTNRA provisions.</summary>
    public string Recipe { get; init; } = "ministry";

    /// <summary>Null for SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    public string ProviderName => PostgresConnectionString is null ? "SQLite" : "PostgreSQL";

    /// <summary>
    /// <c>--postgres ["connection string"]</c> at <paramref name="i"/>: the variable wins (CI points
    /// every run at its own server), else the argument after it. Null, with the reason written, when neither is there.
    /// </summary>
    public static string? PostgresArgument(string[] args, ref int i)
    {
        var given = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
        var connection = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : given;
        if (connection is null)
        {
            Console.Error.WriteLine($"--postgres needs a connection string, or {PostgresEnvironmentVariable} set.");
        }

        return connection;
    }

    public static ScenarioOptions? Parse(string[] args)
    {
        var scenario = args[0];
        var count = scenario == TenantMemory ? 200 : 20;
        string? postgres = null;
        var recipe = "ministry";
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--postgres")
            {
                // The variable wins, so CI can point every run at its own server without editing commands.
                var given = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) && !IsCount(args[i + 1]) ? args[++i] : null;
                postgres = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : given;
                if (postgres is null)
                {
                    Console.Error.WriteLine($"--postgres needs a connection string, or {PostgresEnvironmentVariable} set.");
                    return null;
                }
            }
            else if (arg == "--recipe" && i + 1 < args.Length)
            {
                recipe = args[++i];
            }
            else if (arg.StartsWith("N=", StringComparison.OrdinalIgnoreCase) && IsCount(arg[2..]))
            {
                count = int.Parse(arg[2..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (IsCount(arg))
            {
                count = int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                Console.Error.WriteLine($"Unknown argument '{arg}'. Usage: {scenario} [N] [--recipe name] [--postgres \"connection string\"]");
                return null;
            }
        }

        if (count < 1)
        {
            Console.Error.WriteLine("N must be at least 1.");
            return null;
        }

        return new ScenarioOptions { Scenario = scenario, Count = count, Recipe = recipe, PostgresConnectionString = postgres };
    }

    private static bool IsCount(string value) => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}
