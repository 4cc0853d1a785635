using BenchmarkDotNet.Attributes;
using ETamkeen.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Benchmarks.Micro;

/// <summary>
/// The host's side of adding and removing a tenant (no database): the conflict check, the
/// lookup rebuild and the rewrite of tenants.json. These grow with the number of tenants,
/// unlike a lookup; this shows by how much.
/// </summary>
[MemoryDiagnoser]
public class TenantChangeBenchmarks
{
    private string _root = "";
    private ServiceProvider? _services;
    private ShellHost? _host;
    private int _next;

    [Params(10, 2000)]
    public int Tenants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "etk-bench-change-" + Guid.NewGuid().ToString("N")[..8]);
        _services = TenantHostServices.Build(_root);
        _services.GetRequiredService<ShellSettingsStore>().SaveAllAsync(TenantHostServices.MakeTenants(Tenants)).GetAwaiter().GetResult();
        _host = _services.GetRequiredService<ShellHost>();
        _host.Load();

        // The resolver listens to changes: without it the rebuild it pays would not be measured.
        _ = _services.GetRequiredService<TenantResolver>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // ShellHost is only IAsyncDisposable: a synchronous Dispose of the container throws.
        _services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Description = "TryReserve + Remove a tenant")]
    public async Task ReserveAndRemove()
    {
        var n = ++_next;
        var name = $"New{n}";
        var conflict = await _host!.TryReserveAsync(new ShellSettings { Name = name, State = TenantState.Initializing, RequestUrlPrefix = $"new{n}" });
        if (conflict is not null)
        {
            throw new InvalidOperationException($"{name} conflicts with {conflict}.");
        }

        await _host.RemoveAsync(name);
    }
}
