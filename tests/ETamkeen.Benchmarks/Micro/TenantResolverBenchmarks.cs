using BenchmarkDotNet.Attributes;
using ETamkeen.Data.Migrations;
using ETamkeen.Modules;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ETamkeen.Benchmarks.Micro;

/// <summary>
/// The lookup every request pays before reaching its tenant, among many tenants, against a
/// bare dictionary read: the resolver should stay within a small factor of it whatever the
/// number of tenants. Tenants come from a tenants.json, as at a real start.
/// </summary>
[MemoryDiagnoser]
public class TenantResolverBenchmarks
{
    private static readonly HostString LocalHost = new("localhost:5080");

    private readonly Dictionary<string, ShellSettings> _byPrefix = new(StringComparer.OrdinalIgnoreCase);
    private string _root = "";
    private ServiceProvider? _services;
    private TenantResolver? _resolver;
    private PathString _prefixPath;
    private HostString _tenantHost;
    private string _prefix = "";

    [Params(10, 2000)]
    public int Tenants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "etk-bench-resolver-" + Guid.NewGuid().ToString("N")[..8]);
        _services = TenantHostServices.Build(_root);
        var all = TenantHostServices.MakeTenants(Tenants);
        _services.GetRequiredService<ShellSettingsStore>().SaveAllAsync(all).GetAwaiter().GetResult();
        _services.GetRequiredService<ShellHost>().Load();
        _resolver = _services.GetRequiredService<TenantResolver>();

        foreach (var settings in all.Where(s => s.RequestUrlPrefix.Length > 0))
        {
            _byPrefix[settings.RequestUrlPrefix] = settings;
        }

        // Tenants from the middle of the list, so that nothing favours the first entries.
        var byPrefix = all.Where(s => s.RequestUrlPrefix.Length > 0).ToList();
        var byHost = all.Where(s => s.RequestUrlHosts.Count > 0).ToList();
        _prefix = byPrefix[byPrefix.Count / 2].RequestUrlPrefix;
        _prefixPath = new PathString("/" + _prefix + "/api/ping");
        _tenantHost = new HostString(byHost[byHost.Count / 2].RequestUrlHosts[0]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // ShellHost is only IAsyncDisposable: a synchronous Dispose of the container throws.
        _services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Dictionary<prefix> lookup")]
    public ShellSettings? DictionaryLookup() => _byPrefix.GetValueOrDefault(_prefix);

    [Benchmark(Description = "Resolve /{prefix}/api/ping")]
    public ShellSettings? ResolveByPrefix() => _resolver!.Resolve(LocalHost, _prefixPath, out _);

    [Benchmark(Description = "Resolve by host name")]
    public ShellSettings? ResolveByHost() => _resolver!.Resolve(_tenantHost, "/fr/actualites", out _);

    [Benchmark(Description = "Resolve falling back to Default")]
    public ShellSettings? ResolveDefault() => _resolver!.Resolve(LocalHost, "/fr/actualites", out _);
}

/// <summary>The host singletons that hold tenant settings, without the web host around them.</summary>
internal static class TenantHostServices
{
    public static ServiceProvider Build(string appData)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new AppDataPaths(appData));
        services.AddSingleton<IModuleCatalog>(new ModuleCatalog([typeof(CoreFeature).Assembly]));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = "ETamkeen.Benchmarks" });
        services.AddSingleton<ShellSettingsStore>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton<FeatureMigrator>();
        services.AddSingleton<ShellContextFactory>();
        services.AddSingleton(sp => new HostServices(services, () => sp));
        return services.BuildServiceProvider();
    }

    /// <summary>Default, then tenants by prefix and, one in four, by host name.</summary>
    public static List<ShellSettings> MakeTenants(int count)
    {
        var all = new List<ShellSettings> { new() { Name = ShellSettings.DefaultName, State = TenantState.Running } };
        for (var i = 1; i < count; i++)
        {
            all.Add(i % 4 == 0
                ? new ShellSettings { Name = $"Site{i:D4}", State = TenantState.Running, RequestUrlHosts = [$"site{i:D4}.gov.ma"] }
                : new ShellSettings { Name = $"Ministry{i:D4}", State = TenantState.Running, RequestUrlPrefix = $"m{i:D4}" });
        }

        return all;
    }
}
