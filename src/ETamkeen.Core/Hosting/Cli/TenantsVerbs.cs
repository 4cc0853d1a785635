using System.Globalization;
using ETamkeen.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Hosting.Cli;

/// <summary>
/// The <c>tenants</c> commands. Each goes through the services the API uses (<see cref="TenantSetupService"/>,
/// <see cref="TenantOperations"/>, <see cref="TenantListing"/>), so the rules and messages are the same.
/// </summary>
public static class TenantsVerbs
{
    public const string Yes = "yes";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { Yes, "help" };

    private static readonly TenantsVerb[] All =
    [
        new("list", 0, Set("search", "page", "page-size"), ListAsync),
        new("create", 0, Set(TenantCreateArguments.OptionNames), CreateAsync),
        new("disable", 1, Set(), (c, ct) => SetEnabledAsync(c, enabled: false, ct)),
        new("enable", 1, Set(), (c, ct) => SetEnabledAsync(c, enabled: true, ct)),
        new("remove", 1, Set(Yes), RemoveAsync),
    ];

    public static TenantsVerb? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Task<int> ListAsync(TenantsCommandContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Arguments;
        var host = context.Services.GetRequiredService<ShellHost>();
        var pageSize = Math.Min(arguments.IntOption("page-size", 100), TenantListing.MaxTake);
        var page = arguments.IntOption("page", 1);
        var found = host.List(arguments.Option("search"), (page - 1) * pageSize, pageSize);
        var rows = found.Items.Select(s => (Settings: s, Status: host.StatusOf(s))).ToList();
        var table = new List<string[]> { new[] { "NAME", "STATE", "PREFIX", "HOSTS", "DATABASE", "CREATED" } };
        table.AddRange(rows.Select(r => new[]
        {
            r.Settings.Name,
            r.Status.State.ToString(),
            Dash(r.Settings.RequestUrlPrefix),
            Dash(string.Join(",", r.Settings.RequestUrlHosts)),
            r.Settings.DatabaseProvider,
            r.Settings.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(row => row[i].Length)).ToArray();
        foreach (var row in table)
        {
            context.Output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        foreach (var (settings, status) in rows.Where(r => r.Status.Problem is not null))
        {
            context.Output.WriteLine($"{settings.Name}: {status.Problem}");
        }

        var pages = Math.Max(1, (found.Total + pageSize - 1) / pageSize);
        context.Output.WriteLine($"{found.Total} tenant(s){(arguments.Option("search") is { } q ? $" matching '{q}'" : "")}, page {page} of {pages}.");
        return Task.FromResult(0);
    }

    private static async Task<int> CreateAsync(TenantsCommandContext context, CancellationToken cancellationToken)
    {
        var request = TenantCreateArguments.ToRequest(context.Arguments);
        try
        {
            var (settings, recipe) = await context.Services.GetRequiredService<TenantSetupService>().SetupAsync(request, cancellationToken);
            await context.Output.WriteLineAsync($"Tenant {settings.Name} created from recipe '{recipe.RecipeName}' on {settings.DatabaseProvider}; it answers at {Address(settings)}.");
            foreach (var warning in recipe.Warnings)
            {
                await context.Output.WriteLineAsync($"warning: {warning}");
            }

            return 0;
        }
        catch (TenantSetupException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            foreach (var (field, messages) in e.Errors)
            {
                await context.Error.WriteLineAsync($"  {TenantCreateArguments.OptionFor(field)}: {string.Join(" ", messages)}");
            }

            return 1;
        }
    }

    private static async Task<int> SetEnabledAsync(TenantsCommandContext context, bool enabled, CancellationToken cancellationToken)
    {
        var name = context.Arguments.Positionals[0];
        var outcome = await Operations(context).SetEnabledAsync(name, enabled, cancellationToken);
        if (!outcome.Succeeded)
        {
            return await FailAsync(context, outcome);
        }

        var problem = outcome.Tenant!.InvalidReason is { } reason ? $" It can't start: {reason}" : "";
        await context.Output.WriteLineAsync($"Tenant {outcome.Tenant.Name} {(enabled ? "enabled" : "disabled")}.{problem}");
        return 0;
    }

    private static async Task<int> RemoveAsync(TenantsCommandContext context, CancellationToken cancellationToken)
    {
        var name = context.Arguments.Positionals[0];
        var tenants = Operations(context);
        var host = context.Services.GetRequiredService<ShellHost>();
        if (host.Find(name) is { } tenant && tenants.RemovalRefused(tenant) is null && !context.Arguments.Flag(Yes))
        {
            throw new CommandLineException($"Removing {tenant.Name} deletes its database and files for good; add --yes to confirm.");
        }

        var outcome = await tenants.RemoveAsync(name, cancellationToken);
        if (!outcome.Succeeded)
        {
            return await FailAsync(context, outcome);
        }

        await context.Output.WriteLineAsync($"Tenant {outcome.Tenant!.Name} removed with its database and files.");
        return 0;
    }

    /// <summary>The tenant container registers it for the API; here it is made from the host's services.</summary>
    private static TenantOperations Operations(TenantsCommandContext context) => ActivatorUtilities.CreateInstance<TenantOperations>(context.Services);

    private static async Task<int> FailAsync(TenantsCommandContext context, TenantOutcome outcome)
    {
        await context.Error.WriteLineAsync($"error: {outcome.Text}");
        foreach (var (field, messages) in outcome.Errors ?? new Dictionary<string, string[]>())
        {
            await context.Error.WriteLineAsync($"  {field}: {string.Join(" ", messages)}");
        }

        return 1;
    }

    private static string Address(ShellSettings settings) =>
        (settings.RequestUrlHosts.Count > 0 ? "http://" + settings.RequestUrlHosts[0] : "") + "/" + (settings.RequestUrlPrefix.Length > 0 ? settings.RequestUrlPrefix + "/" : "");

    private static string Dash(string text) => text.Length == 0 ? "-" : text;

    private static HashSet<string> Set(params IEnumerable<string> names) => new(names.Append("help"), StringComparer.Ordinal);
}
