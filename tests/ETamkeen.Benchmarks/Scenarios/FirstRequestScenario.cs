using System.Diagnostics;
using System.Globalization;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// What a new tenant costs in time: its provisioning (POST /api/tenants), then its first home
/// page, which builds its shell, and its first ping. The process is warmed with one tenant
/// first, whose figures are shown apart: they hold the JIT and view loading every later
/// tenant is spared. A last pass releases each shell and times the ping that rebuilds it,
/// which is the shell build alone.
/// </summary>
internal static class FirstRequestScenario
{
    public static async Task<int> RunAsync(ScenarioOptions options)
    {
        var n = options.Count;
        Console.WriteLine(Invariant($"first-request: N={n} on {options.ProviderName}, recipe {options.Recipe}; {Environment.ProcessorCount} cores"));
        await using var host = await ScenarioHost.StartAsync(options);
        var run = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(0, n).Select(i => Invariant($"f{run}_{i:D3}")).ToList();
        var warm = Invariant($"f{run}_warm");

        var (warmSetup, warmHome, warmPing) = await TimeTenantAsync(host, warm);
        Console.WriteLine(Invariant($"  cold process (first tenant): provisioning {warmSetup:0} ms, first GET / {warmHome:0} ms, first ping {warmPing:0.0} ms"));

        var setups = new List<double>(n);
        var homes = new List<double>(n);
        var pings = new List<double>(n);
        foreach (var name in names)
        {
            var (provisioning, home, ping) = await TimeTenantAsync(host, name);
            setups.Add(provisioning);
            homes.Add(home);
            pings.Add(ping);
        }

        var rebuilds = new List<double>(n);
        foreach (var name in names)
        {
            await host.Shells.ReleaseAsync(name);
            rebuilds.Add(await TimeAsync(() => host.GetOkAsync($"/{Prefix(name)}/api/ping")));
        }

        var setup = new Percentiles(setups);
        if (n >= 8)
        {
            // Whether a tenant costs more to add when there are already many.
            var quarter = n / 4;
            Console.WriteLine(Invariant($"  provisioning median, first {quarter} tenants: {new Percentiles(setups.Take(quarter)).Median:0} ms; last {quarter}: {new Percentiles(setups.TakeLast(quarter)).Median:0} ms"));
        }

        var first = new Percentiles(homes);
        Console.WriteLine("  provisioning (POST /api/tenants):        " + setup.Describe());
        Console.WriteLine("  first GET /{prefix}/ (builds the shell): " + first.Describe());
        Console.WriteLine("  first GET /{prefix}/api/ping after it:   " + new Percentiles(pings).Describe());
        Console.WriteLine("  ping that rebuilds a released shell:     " + new Percentiles(rebuilds).Describe());
        Console.WriteLine(Invariant($"RESULT first-request ({options.ProviderName}, N={n}): provisioning median {setup.Median:0} ms (p95 {setup.P95:0}); first request median {first.Median:0} ms (p95 {first.P95:0}) (goal < 300 ms: {(first.P95 < 300 ? "met" : first.Median < 300 ? "met by the median, not by p95" : "NOT met")})"));

        if (options.PostgresConnectionString is not null)
        {
            foreach (var name in names.Append(warm))
            {
                await host.RemoveTenantAsync(name);
            }
        }

        return 0;
    }

    private static async Task<(double Setup, double Home, double Ping)> TimeTenantAsync(ScenarioHost host, string name)
    {
        var prefix = Prefix(name);
        var setup = await TimeAsync(() => host.CreateTenantAsync(name, prefix));
        var home = await TimeAsync(() => host.GetHomeAsync(prefix));
        var ping = await TimeAsync(() => host.GetOkAsync($"/{prefix}/api/ping"));
        return (setup, home, ping);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static string Prefix(string name) => TenantMemoryScenario.Prefix(name);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
