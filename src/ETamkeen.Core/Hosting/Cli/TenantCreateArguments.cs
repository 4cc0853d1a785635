using ETamkeen.Shells;

namespace ETamkeen.Hosting.Cli;

/// <summary><c>tenants create</c>'s options and the setup request fields they fill (whose names setup's errors use).</summary>
public static class TenantCreateArguments
{
    public const string PasswordVariable = "ETAMKEEN_TENANT_ADMIN_PASSWORD";

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name",
        ["urlPrefix"] = "prefix",
        ["hostNames"] = "host",
        ["recipe"] = "recipe",
        ["siteName"] = "site-name",
        ["adminUserName"] = "admin-user",
        ["adminEmail"] = "admin-email",
        ["adminPassword"] = "admin-password",
        ["databaseProvider"] = "database",
        ["connectionString"] = "connection-string",
        ["parameters"] = "param",
    };

    public static IEnumerable<string> OptionNames => Fields.Values;

    /// <summary>The option to name in an error about a request field.</summary>
    public static string OptionFor(string field) => Fields.TryGetValue(field, out var option) ? "--" + option : field;

    public static TenantSetupRequest ToRequest(CommandArguments arguments) => new()
    {
        Name = arguments.Option("name"),
        UrlPrefix = arguments.Option("prefix"),
        HostNames = [.. arguments.Options("host").SelectMany(h => h.Split(',', StringSplitOptions.RemoveEmptyEntries))],
        Recipe = arguments.Option("recipe"),
        SiteName = arguments.Option("site-name"),
        AdminUserName = arguments.Option("admin-user"),
        AdminEmail = arguments.Option("admin-email"),

        // A password in argv shows in the process list; the variable keeps it out.
        AdminPassword = arguments.Option("admin-password") ?? Environment.GetEnvironmentVariable(PasswordVariable),
        DatabaseProvider = arguments.Option("database"),
        ConnectionString = arguments.Option("connection-string"),
        Parameters = arguments.Options("param").Select(Parameter)
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string?)g.Last().Value, StringComparer.OrdinalIgnoreCase),
    };

    private static KeyValuePair<string, string> Parameter(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(text[..equals].Trim(), text[(equals + 1)..])
            : throw new CommandLineException($"--param takes KEY=VALUE, not '{text}'.");
    }
}
