using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// The whole e-TAMKEEN host in process, on a fresh App_Data, with tenants kept built, the
/// tenant API open to a key of its own, and logs cut to warnings so that they don't weigh
/// on what is timed.
/// </summary>
internal sealed class ScenarioHost : IAsyncDisposable
{
    private const string AdminPassword = "Passw0rd!2026";

    private readonly Factory _factory;
    private readonly string _appData;
    private readonly string _apiKey = "bench-" + Guid.NewGuid().ToString("N");
    private readonly string? _postgres;
    private readonly string _recipe;

    private ScenarioHost(string appData, string? postgres, string recipe)
    {
        _appData = appData;
        _postgres = postgres;
        _recipe = recipe;
        _factory = new Factory(appData, _apiKey);
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://localhost"),
        });
        Client.Timeout = TimeSpan.FromMinutes(2);
    }

    public HttpClient Client { get; }

    public ShellHost Shells => _factory.Services.GetRequiredService<ShellHost>();

    /// <summary>Starts the host, which sets up Default on the way, and waits for it to say it is ready.</summary>
    public static async Task<ScenarioHost> StartAsync(ScenarioOptions options)
    {
        var appData = Path.Combine(Path.GetTempPath(), "etk-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var host = new ScenarioHost(appData, options.PostgresConnectionString, options.Recipe);
        using var health = await host.Client.GetAsync("/health");
        if (health.StatusCode != HttpStatusCode.OK)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException($"/health answered {(int)health.StatusCode} after start.");
        }

        return host;
    }

    /// <summary>POST /api/tenants; throws with the response body unless it is 201.</summary>
    public async Task CreateTenantAsync(string name, string prefix)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants")
        {
            Content = JsonContent.Create(new
            {
                name,
                urlPrefix = prefix,
                recipe = _recipe,
                siteName = "Bench " + name,
                adminUserName = "admin",
                adminEmail = "admin@" + prefix + ".bench.ma",
                adminPassword = AdminPassword,
                databaseProvider = _postgres is null ? "Sqlite" : "Postgres",
                connectionString = _postgres,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        using var response = await Client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>POST of a JSON body with the host's API key; throws with the response body unless the status is <paramref name="expected"/>.</summary>
    public async Task PostApiAsync(string path, string json, HttpStatusCode expected) => _ = await SendApiAsync(HttpMethod.Post, path, json, expected);

    /// <summary>A request with the host's API key (a JSON body when given); returns the body, or throws with it unless the status is <paramref name="expected"/>.</summary>
    public async Task<string> SendApiAsync(HttpMethod method, string path, string? json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {body}");
        }

        return body;
    }

    /// <summary>GET that must answer 200; returns nothing so that the body is read and dropped.</summary>
    public async Task GetOkAsync(string path) => await GetAsync(path, allowNotFound: false);

    /// <summary>
    /// A tenant's home page: 200 on the ministry recipe, which enables the theme; a recipe
    /// without it (blank) has no home page, and the 404 still comes through the tenant's own
    /// pipeline, so it still builds the shell.
    /// </summary>
    public async Task GetHomeAsync(string prefix) =>
        await GetAsync($"/{prefix}/", allowNotFound: !string.Equals(_recipe, "ministry", StringComparison.OrdinalIgnoreCase));

    private async Task GetAsync(string path, bool allowNotFound)
    {
        using var response = await Client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK && !(allowNotFound && response.StatusCode == HttpStatusCode.NotFound))
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        _ = await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Removes the tenants a PostgreSQL run made, so that their schemas don't pile up on the server.</summary>
    public async Task RemoveTenantAsync(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/tenants/" + name);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        using var response = await Client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"Removing {name}: {(int)response.StatusCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Left {_appData}: {e.Message}");
        }
    }

    private sealed class Factory(string appData, string apiKey) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production: what a deployment runs (Development adds scope validation to every tenant container).
            builder.UseEnvironment("Production");
            builder.UseContentRoot(WebContentRoot());
            builder.UseSetting("ETamkeen:AppData", appData);
            builder.UseSetting("ETamkeen:Tenants:ApiKey", apiKey);
            builder.UseSetting("ETamkeen:Admin:Password", AdminPassword);
            builder.UseSetting("ETamkeen:Shells:IdleTimeout", "00:00:00");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.UseSetting("Logging:LogLevel:ETamkeen", "Warning");
        }

        /// <summary>
        /// The web project's folder, from the manifest the test SDK writes beside this assembly.
        /// WebApplicationFactory looks for that file in the working directory only, which under
        /// <c>dotnet run --project</c> is wherever the command was typed.
        /// </summary>
        private static string WebContentRoot()
        {
            var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
            if (File.Exists(manifest))
            {
                var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
                var key = typeof(Program).Assembly.FullName ?? "";
                if (roots.TryGetValue(key, out var root) && Directory.Exists(root))
                {
                    return root;
                }
            }

            return AppContext.BaseDirectory;
        }
    }
}
