using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ETamkeen.Data;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>
/// The real host over a temporary App_Data: its Default tenant is set up from the etamkeen
/// recipe at start, and each test makes its own tenants through the tenant API.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "integration-host-key-0123456789";
    public const string AdminPassword = "Passw0rd!2026";

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "etk-tests", Guid.NewGuid().ToString("N")), keepAppData: false)
    {
    }

    private PortalFactory(string appData, bool keepAppData)
    {
        AppData = appData;
        KeepAppData = keepAppData;
    }

    public string AppData { get; }

    /// <summary>A host over an existing App_Data, as after a restart.</summary>
    public static PortalFactory Restart(string appData) => new(appData, keepAppData: false);

    /// <summary>Leave App_Data and databases in place on dispose, for a host started after this one.</summary>
    public bool KeepAppData { get; set; }

    /// <summary>A node over another host's database: disposing it removes its own App_Data, never the shared schemas.</summary>
    private bool IsSecondNode { get; init; }

    /// <summary>What a second node takes from the first (its clock): nodes of one site live at the same time.</summary>
    private Action<IWebHostBuilder>? _sameAsFirst;

    /// <summary>What a second node must share with this host; nothing unless a derived host has a clock of its own.</summary>
    protected virtual void ConfigureSecondNode(IWebHostBuilder builder)
    {
    }

    /// <summary>
    /// A second web node for one tenant on a shared database: an App_Data of its own with just that
    /// tenant's entry and settings. It keeps the shared schema when disposed: this host owns it.
    /// </summary>
    public async Task<PortalFactory> SecondNodeAsync(TestTenant tenant)
    {
        var appData = Path.Combine(Path.GetTempPath(), "etk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(appData, "Sites", tenant.Name));
        var tenants = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppData, "tenants.json")))!.AsObject();
        var entry = tenants.First(t => string.Equals(t.Key, tenant.Name, StringComparison.OrdinalIgnoreCase));
        await File.WriteAllTextAsync(Path.Combine(appData, "tenants.json"), new System.Text.Json.Nodes.JsonObject { [entry.Key] = entry.Value!.DeepClone() }.ToJsonString());
        File.Copy(Path.Combine(AppData, "Sites", tenant.Name, "appsettings.json"), Path.Combine(appData, "Sites", tenant.Name, "appsettings.json"));
        return new PortalFactory(appData, keepAppData: true) { IsSecondNode = true, _sameAsFirst = ConfigureSecondNode };
    }

    /// <summary>Tests read the English source texts: every client asks for English unless a test says otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    /// <summary>A client with the host key: the system principal on every tenant.</summary>
    public HttpClient Api(string? baseAddress = null)
    {
        var client = Anonymous(baseAddress);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    public HttpClient Anonymous(string? baseAddress = null) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(baseAddress ?? "http://localhost/"),
    });

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    /// <summary>Creates a tenant through the API and enables the given features on it.</summary>
    public async Task<TestTenant> CreateTenantAsync(
        string provider,
        string recipe = "blank",
        IEnumerable<string>? features = null,
        string? prefix = null,
        IReadOnlyList<string>? hosts = null)
    {
        var name = "T" + Guid.NewGuid().ToString("N")[..12];
        prefix ??= hosts is { Count: > 0 } ? "" : name.ToLowerInvariant();
        using var api = Api();
        var response = await api.PostAsJsonAsync("/api/tenants", SetupRequest(name, provider, recipe, prefix, hosts));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var tenant = new TestTenant(this, name, prefix);
        foreach (var feature in features ?? [])
        {
            var enabled = await tenant.Api().PostAsync($"{tenant.Path}/api/features/{feature}/enable", null);
            Assert.True(enabled.IsSuccessStatusCode, $"Enabling {feature}: {await enabled.Content.ReadAsStringAsync()}");
        }

        return tenant;
    }

    public static object SetupRequest(string name, string provider, string recipe, string? prefix, IReadOnlyList<string>? hosts = null) => new
    {
        name,
        urlPrefix = prefix,
        hostNames = hosts ?? [],
        recipe,
        siteName = "Site " + name,
        adminUserName = "admin",
        adminEmail = "admin@" + name.ToLowerInvariant() + ".gov.ma",
        adminPassword = AdminPassword,
        databaseProvider = provider,
        connectionString = provider == Databases.Postgres ? Databases.PostgresConnectionString : null,
    };

    /// <summary>Runs code against a tenant's own database connection factory.</summary>
    public async Task<T> WithDatabaseAsync<T>(string tenant, Func<IDbConnectionFactory, Task<T>> action)
    {
        var shell = await Shells.AcquireAsync(tenant);
        try
        {
            return await action(shell.Services.GetRequiredService<IDbConnectionFactory>());
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ETamkeen:AppData", AppData);
        builder.UseSetting("ETamkeen:Tenants:ApiKey", ApiKey);
        builder.UseSetting("ETamkeen:Admin:Password", AdminPassword);
        builder.UseSetting("ETamkeen:Shells:IdleTimeout", "00:00:00");

        // Background tasks (search catch-up between hosts) every second, so tests wait little.
        builder.UseSetting("ETamkeen:BackgroundTasks:Interval", "00:00:01");

        // Every request re-checks the account behind a cookie, so tests see a disabled user's access end at once.
        builder.UseSetting("ETamkeen:Users:RevalidateAfter", "00:00:00");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _sameAsFirst?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !KeepAppData)
        {
            DropPostgresSchemas();
        }

        base.Dispose(disposing);
        if (disposing && (!KeepAppData || IsSecondNode) && Directory.Exists(AppData))
        {
            try
            {
                Directory.Delete(AppData, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite handle still closing; the temp folder is cleaned by the OS.
            }
        }
    }

    private void DropPostgresSchemas()
    {
        try
        {
            var paths = Services.GetRequiredService<AppDataPaths>();
            foreach (var tenant in Shells.AllSettings.Where(s => s.DatabaseProvider == DatabaseProviders.Postgres).ToList())
            {
                TenantDatabase.DropAsync(tenant, paths, CancellationToken.None).GetAwaiter().GetResult();
            }
        }
        catch (InvalidOperationException)
        {
            // The host never started: it made no schema.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
