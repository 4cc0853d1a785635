using System.Text.Json;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Hosting.Cli;

/// <summary>
/// <c>dotnet run --project src/ETamkeen.Web -- tenants list|create|disable|enable|remove ...</c>:
/// the host's services over the same App_Data, without the web server. The host reads
/// <c>tenants.json</c> when it starts and rewrites it from memory on its own tenant changes, so
/// run the command while the host is stopped (or restart the host after it).
/// </summary>
public static class TenantsCommand
{
    public const string Name = "tenants";

    public const string Usage = """
        Usage: ETamkeen.Web tenants <command> [options]

          list [--search TEXT] [--page N] [--page-size N]
          create --name NAME [--prefix PREFIX] [--host HOST]... --recipe RECIPE [--site-name TEXT]
                 --admin-user NAME --admin-email EMAIL --admin-password PASSWORD
                 [--database Sqlite|Postgres] [--connection-string TEXT] [--param KEY=VALUE]...
                 (without --admin-password, ETAMKEEN_TENANT_ADMIN_PASSWORD is read)
          disable NAME
          enable NAME
          remove NAME --yes

        Data: ETAMKEEN_APP_DATA or --ETamkeen:AppData=PATH, as for the web server.
        Run it while the web server is stopped: the server reads tenants.json when it starts.
        Exit codes: 0 done, 1 refused (the message says why), 2 bad command line.

        """;

    /// <summary>For Program.cs: runs the command and returns true when the arguments are one.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || !string.Equals(args[0], Name, StringComparison.Ordinal))
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error);
        return true;
    }

    /// <summary>The command without <c>tenants</c>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        CommandArguments parsed;
        TenantsVerb verb;
        try
        {
            parsed = CommandArguments.Parse(args, TenantsVerbs.Flags);
            if (parsed.Verb is null or "help" or "-h" or "--help" || parsed.Flag("help"))
            {
                (parsed.Verb is null ? error : output).Write(Usage);
                return parsed.Verb is null ? 2 : 0;
            }

            verb = TenantsVerbs.Find(parsed.Verb) ?? throw new CommandLineException($"Unknown command '{parsed.Verb}'.");
            verb.Check(parsed);
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteAsync(Usage);
            return 2;
        }

        try
        {
            await using var app = BuildHost(parsed.Configuration);
            app.Services.GetRequiredService<ShellHost>().Load();
            return await verb.RunAsync(new TenantsCommandContext(parsed, app.Services, output, error), cancellationToken);
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // App_Data unreadable (a hand-edited tenants.json, rights): say which, without a stack.
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>The web host's services as <c>Program.cs</c> builds them, never started.</summary>
    private static WebApplication BuildHost(IEnumerable<string> configuration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configuration] });

        // The command prints its own results; the log would repeat them as noise.
        builder.Logging.AddFilter(null, LogLevel.Error);
        builder.AddETamkeen();
        return builder.Build();
    }
}
