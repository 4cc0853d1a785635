using System.Net;
using ETamkeen.Data;
using ETamkeen.Hosting.Cli;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Shells;
using Xunit;

namespace ETamkeen.IntegrationTests.Tenants;

/// <summary>
/// <c>tenants list|create|disable|enable|remove</c> run in process, as <c>Program.cs</c> runs them,
/// over a temporary App_Data; a host started afterwards serves what the command made.
/// </summary>
public sealed class TenantsCliTests : IAsyncLifetime
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "etk-tests", "cli-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_tenant_is_created_listed_disabled_enabled_and_removed(string provider)
    {
        var name = "Cli" + Guid.NewGuid().ToString("N")[..10];
        var prefix = name.ToLowerInvariant();
        var created = await RunAsync(CreateArgs(name, prefix, "blank", provider));
        Assert.True(created.Code == 0, created.Error);
        Assert.Contains($"Tenant {name} created from recipe 'blank' on {provider}; it answers at /{prefix}/.", created.Output);
        Assert.True(Directory.Exists(Path.Combine(_appData, "Sites", name)));

        var list = await RunAsync("list", "--search", prefix);
        Assert.Equal(0, list.Code);
        Assert.Matches($@"(?m)^{name}\s+Running\s+{prefix}\s+-\s+{provider}\s", list.Output);
        Assert.Contains($"1 tenant(s) matching '{prefix}', page 1 of 1.", list.Output);

        var disabled = await RunAsync("disable", name);
        Assert.Equal((0, $"Tenant {name} disabled."), (disabled.Code, disabled.Output.Trim()));
        Assert.Matches($@"(?m)^{name}\s+Disabled\s", (await RunAsync("list")).Output);
        Assert.Contains("\"State\": \"Disabled\"", await File.ReadAllTextAsync(Path.Combine(_appData, "tenants.json")));

        var enabled = await RunAsync("enable", name);
        Assert.Equal((0, $"Tenant {name} enabled."), (enabled.Code, enabled.Output.Trim()));
        Assert.Matches($@"(?m)^{name}\s+Running\s", (await RunAsync("list")).Output);

        var unconfirmed = await RunAsync("remove", name);
        Assert.Equal(2, unconfirmed.Code);
        Assert.Contains($"Removing {name} deletes its database and files for good; add --yes to confirm.", unconfirmed.Error);
        Assert.Contains("1 tenant(s)", (await RunAsync("list", "--search", name)).Output);

        var removed = await RunAsync("remove", name, "--yes");
        Assert.Equal((0, $"Tenant {name} removed with its database and files."), (removed.Code, removed.Output.Trim()));
        Assert.Contains("0 tenant(s)", (await RunAsync("list", "--search", name)).Output);
        Assert.False(Directory.Exists(Path.Combine(_appData, "Sites", name)));
    }

    [Fact]
    public async Task A_host_started_after_the_command_serves_the_tenant_it_created()
    {
        var name = "Cli" + Guid.NewGuid().ToString("N")[..10];
        var prefix = name.ToLowerInvariant();
        var created = await RunAsync(CreateArgs(name, prefix, "ministry", Databases.Sqlite));
        Assert.True(created.Code == 0, created.Error);

        using var portal = PortalFactory.Restart(_appData);
        portal.KeepAppData = true;
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{prefix}/api/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{prefix}/")).StatusCode);
        using var itsAdmin = await BrowserSession.SignInAsync(portal, new TestTenant(portal, name, prefix));
        Assert.Equal(HttpStatusCode.OK, (await itsAdmin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_exits_non_zero_with_a_message()
    {
        await AssertFailsAsync([], 2, "Usage: ETamkeen.Web tenants");
        await AssertFailsAsync(["frobnicate"], 2, "Unknown command 'frobnicate'.");
        await AssertFailsAsync(["list", "--colour", "red"], 2, "'list' has no option --colour.");
        await AssertFailsAsync(["list", "--page", "zero"], 2, "--page takes a whole number above 0, not 'zero'.");
        await AssertFailsAsync(["disable"], 2, "'disable' needs one tenant name.");
        await AssertFailsAsync(["create", "--name", "X", "--recipe"], 2, "--recipe needs a value.");
        await AssertFailsAsync(["create", "--name", "Xy", "--param", "novalue"], 2, "--param takes KEY=VALUE, not 'novalue'.");
        await AssertFailsAsync(["disable", "Nobody"], 1, "No tenant named 'Nobody'.");

        var invalid = await RunAsync("create", "--name", "9lives", "--prefix", "api", "--recipe", "nope",
            "--admin-user", "admin", "--admin-email", "nobody", "--admin-password", "short");
        Assert.Equal(1, invalid.Code);
        Assert.Contains("error: The tenant can't be created as asked.", invalid.Error);
        Assert.Contains("--name: A tenant name starts with a letter", invalid.Error);
        Assert.Contains("--prefix: The prefix 'api' is used by the portal itself.", invalid.Error);
        Assert.Contains("--recipe: No recipe named 'nope'. Known: ", invalid.Error);
        Assert.Contains("--admin-email: A valid administrator e-mail address is required.", invalid.Error);
        Assert.Contains("--admin-password: The administrator password needs at least", invalid.Error);
        Assert.False(File.Exists(Path.Combine(_appData, "tenants.json")));

        Directory.CreateDirectory(_appData);
        await File.WriteAllTextAsync(Path.Combine(_appData, "tenants.json"), "{ \"Default\": ");
        await AssertFailsAsync(["list"], 1, "error: ");
        File.Delete(Path.Combine(_appData, "tenants.json"));

        var help = await RunAsync("help");
        Assert.Equal(0, help.Code);
        Assert.Contains("remove NAME --yes", help.Output);
        Assert.False(await TenantsCommand.TryRunAsync(["--urls", "http://127.0.0.1:1"]));
    }

    [Fact]
    public async Task Default_is_never_disabled_or_removed_and_removal_follows_the_host_setting()
    {
        Assert.Equal(0, (await RunAsync(CreateArgs(ShellSettings.DefaultName, "", "blank", Databases.Sqlite))).Code);
        await AssertFailsAsync(["disable", "Default"], 1, "The Default tenant can't be disabled.");
        await AssertFailsAsync(["remove", "Default", "--yes"], 1, "The Default tenant can't be removed.");

        var name = "Cli" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(0, (await RunAsync(CreateArgs(name, name.ToLowerInvariant(), "blank", Databases.Sqlite))).Code);
        await AssertFailsAsync(["remove", name, "--yes", "--ETamkeen:Tenants:AllowRemoval=false"], 1,
            "Removing tenants is switched off on this portal (ETamkeen:Tenants:AllowRemoval).");
        await AssertFailsAsync(CreateArgs(name, "other-" + name.ToLowerInvariant(), "blank", Databases.Sqlite), 1,
            $"A tenant named '{name}' already exists.");
        Assert.Contains("2 tenant(s), page 1 of 1.", (await RunAsync("list")).Output);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>PostgreSQL schemas a failed run left behind, then the folder.</summary>
    public async Task DisposeAsync()
    {
        var paths = new AppDataPaths(_appData);
        foreach (var tenant in new ShellSettingsStore(paths).LoadAll().Where(s => s.DatabaseProvider == DatabaseProviders.Postgres))
        {
            await TenantDatabase.DropAsync(tenant, paths, CancellationToken.None);
        }

        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle still closing; the temp folder is cleaned by the OS.
        }
    }

    private static string[] CreateArgs(string name, string prefix, string recipe, string provider) =>
    [
        "create", "--name", name, "--prefix", prefix, "--recipe", recipe, "--site-name", "Ministère " + name,
        "--admin-user", "admin", "--admin-email", $"admin@{name.ToLowerInvariant()}.gov.ma", "--admin-password", PortalFactory.AdminPassword,
        "--database", provider, .. provider == Databases.Postgres ? new[] { "--connection-string", Databases.PostgresConnectionString! } : [],
    ];

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TenantsCommand.RunAsync([.. args, $"--ETamkeen:AppData={_appData}"], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task AssertFailsAsync(string[] args, int code, string message)
    {
        var result = await RunAsync(args);
        Assert.True(result.Code == code, $"tenants {string.Join(' ', args)}: exit {result.Code}, {result.Error}{result.Output}");
        Assert.Contains(message, result.Error);
    }
}
