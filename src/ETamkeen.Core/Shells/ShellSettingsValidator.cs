using System.Text.RegularExpressions;

namespace ETamkeen.Shells;

/// <summary>The rules a tenant's name, prefix, hosts and database must follow.</summary>
public static partial class ShellSettingsValidator
{
    /// <summary>First path segments the Default tenant answers itself; a tenant prefix can't take them.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "api", "admin", "health", "login", "logout", "account", "media", "verify", "search",
        "fr", "ar", "en", "lib", "css", "js", "_content", "_framework", "favicon.ico", "robots.txt", "sitemap.xml",
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,49}$")]
    private static partial Regex NameRule();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex PrefixRule();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9\-\.]*[a-z0-9])?(:[0-9]{1,5})?$")]
    private static partial Regex HostRule();

    /// <summary>Errors by field; empty when the settings are fine.</summary>
    public static Dictionary<string, string[]> Validate(ShellSettings settings)
    {
        var errors = new Dictionary<string, string[]>();
        if (!NameRule().IsMatch(settings.Name))
        {
            errors["name"] = ["A tenant name starts with a letter and has at most 50 letters, digits or underscores."];
        }

        if (settings.RequestUrlPrefix.Length > 0)
        {
            if (!PrefixRule().IsMatch(settings.RequestUrlPrefix))
            {
                errors["urlPrefix"] = ["A URL prefix is one path segment of lower-case letters, digits and hyphens."];
            }
            else if (ReservedPrefixes.Contains(settings.RequestUrlPrefix))
            {
                errors["urlPrefix"] = [$"The prefix '{settings.RequestUrlPrefix}' is used by the portal itself."];
            }
        }

        var badHosts = settings.RequestUrlHosts.Where(h => !HostRule().IsMatch(h)).ToList();
        if (badHosts.Count > 0)
        {
            errors["hostNames"] = [$"Not a host name: {string.Join(", ", badHosts)}."];
        }

        if (!settings.IsDefault && settings.RequestUrlPrefix.Length == 0 && settings.RequestUrlHosts.Count == 0)
        {
            errors["urlPrefix"] = ["A tenant needs a URL prefix, a host name, or both."];
        }

        if (DatabaseProblem(settings) is { } database)
        {
            errors["databaseProvider"] = [database];
        }

        return errors;
    }

    /// <summary>What's wrong with the database settings, or null.</summary>
    public static string? DatabaseProblem(ShellSettings settings)
    {
        if (!DatabaseProviders.IsKnown(settings.DatabaseProvider))
        {
            return $"Unknown database provider '{settings.DatabaseProvider}': use Sqlite or Postgres.";
        }

        if (DatabaseProviders.Normalize(settings.DatabaseProvider) == DatabaseProviders.Postgres)
        {
            if (string.IsNullOrWhiteSpace(settings.ConnectionString))
            {
                return "A Postgres tenant needs a connection string.";
            }

            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
            }
            catch (ArgumentException e)
            {
                return $"The connection string can't be read: {e.Message}";
            }
        }

        return null;
    }
}
