using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.BrowserTests.Harness;

/// <summary>
/// The real host on a real loopback port (Kestrel, not TestServer: a browser can't reach an
/// in-memory server), over a temporary App_Data whose Default tenant is set up from the
/// etamkeen recipe, as on a first run.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-tests-host-key-0123456789";
    public const string AdminPassword = "Browser-Tests-2026!";

    private readonly string _appData = Path.Combine(Path.GetTempPath(), "etk-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly Action<IWebHostBuilder>? _configure;

    /// <param name="configure">What a test collection changes on its own host (a mail server, a clock).</param>
    public PortalServer(Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>http://127.0.0.1:{port}, without a trailing slash.</summary>
    public string Address { get; private set; } = "";

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = addresses.First().TrimEnd('/');

        // The recipe's pages are there once the Default tenant's setup has run.
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/fr/a-propos")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The portal at {Address} didn't serve /fr/a-propos within 90 s.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>A client over the real port, with the host key (the system principal on the APIs).</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = new Uri(Address + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    /// <summary>Enables a feature on the Default tenant (a no-op when the recipe already did).</summary>
    public async Task EnableFeatureAsync(string feature)
    {
        using var client = Client();
        var response = await client.PostAsync($"api/features/{feature}/enable", null);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Enabling {feature}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Creates and publishes an item through the content API.</summary>
    public async Task CreateContentAsync(object item)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("api/content", item);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/content: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ETamkeen:AppData", _appData);
        builder.UseSetting("ETamkeen:Tenants:ApiKey", ApiKey);
        builder.UseSetting("ETamkeen:Admin:Password", AdminPassword);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_appData))
        {
            try
            {
                Directory.Delete(_appData, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite handle still closing; the temp folder is the OS's to clean.
            }
        }
    }
}
