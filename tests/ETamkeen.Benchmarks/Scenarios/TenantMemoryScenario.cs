using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// Managed memory that N built tenants hold: the host is warmed with Default and one tenant
/// (JIT, compiled views and MVC's caches are paid once per process, not per tenant), then N
/// tenants are created and each answers a ping and its home page. Releasing them all at the
/// end shows whether a released shell gives its memory back.
/// </summary>
internal static class TenantMemoryScenario
{
    public static async Task<int> RunAsync(ScenarioOptions options)
    {
        var n = options.Count;
        Console.WriteLine(Invariant($"tenant-memory: N={n} on {options.ProviderName}, recipe {options.Recipe}; {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        await using var host = await ScenarioHost.StartAsync(options);
        var run = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(0, n).Select(i => Invariant($"m{run}_{i:D4}")).ToList();
        var warm = Invariant($"m{run}_warm");

        await host.GetOkAsync("/api/ping");
        await host.GetOkAsync("/");
        await host.CreateTenantAsync(warm, Prefix(warm));
        await host.GetOkAsync($"/{Prefix(warm)}/api/ping");
        await host.GetHomeAsync(Prefix(warm));

        var builtBefore = CountBuilt(host);
        var before = FullCollect();
        var workingSetBefore = WorkingSet();
        var clock = Stopwatch.StartNew();
        foreach (var name in names)
        {
            await host.CreateTenantAsync(name, Prefix(name));
            await host.GetOkAsync($"/{Prefix(name)}/api/ping");
            await host.GetHomeAsync(Prefix(name));
        }

        clock.Stop();
        var built = CountBuilt(host) - builtBefore;
        var after = FullCollect();
        var workingSetAfter = WorkingSet();

        // Weak references tell whether a released shell can be collected at all, whatever the heap size says.
        // On a pool thread: the scenario's own thread last ran the tenants' requests and may still hold one in a register or stack slot.
        var releasedShells = await Task.Run(() => ReleaseAllAsync(host, names));
        var (released, stillAlive) = await Task.Run(() => (FullCollect(), releasedShells.Count(w => w.IsAlive)));

        Console.WriteLine(Invariant($"  {n} tenants created and served in {clock.Elapsed.TotalSeconds:0.0} s; shells built: {built} of {n}"));
        Console.WriteLine(Invariant($"  managed heap: {Mb(before)} MB before, {Mb(after)} MB with the {n} tenants built, {Mb(released)} MB once they are released"));
        Console.WriteLine(Invariant($"  working set:  {Mb(workingSetBefore)} MB before, {Mb(workingSetAfter)} MB after (includes native SQLite/Npgsql memory and the GC's free space)"));
        Console.WriteLine(Invariant($"  working set per active tenant: {Kb(workingSetAfter - workingSetBefore, n)} KB"));
        Console.WriteLine(Invariant($"  managed memory left per released tenant: {Kb(released - before, n)} KB; released shells still reachable after GC: {stillAlive} of {releasedShells.Count}"));
        var perTenant = (after - before) / (double)n;
        Console.WriteLine(Invariant($"RESULT tenant-memory ({options.ProviderName}, N={n}): managed memory per active tenant: {perTenant / 1024:0} KB (goal <= 2048 KB: {(perTenant <= 2 * 1024 * 1024 ? "met" : "NOT met")})"));

        if (options.PostgresConnectionString is not null)
        {
            foreach (var name in names.Append(warm))
            {
                await host.RemoveTenantAsync(name);
            }
        }

        return built == n ? 0 : 1;
    }

    // The shell lists below are built in methods of their own: a temporary left in the
    // caller's frame would keep every shell reachable and the collection would prove nothing.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountBuilt(ScenarioHost host) => host.Shells.BuiltShells.Count();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> ReleaseAllAsync(ScenarioHost host, List<string> names)
    {
        var references = ShellReferences(host, names);
        foreach (var name in names)
        {
            await host.Shells.ReleaseAsync(name);
        }

        return references;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> ShellReferences(ScenarioHost host, List<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. host.Shells.BuiltShells.Where(s => wanted.Contains(s.Settings.Name)).Select(s => new WeakReference(s.Services))];
    }

    internal static string Prefix(string name) => name.Replace('_', '-').ToLowerInvariant();

    /// <summary>Three collections with finalizers between them: released shells' disposables are finalized, then reclaimed.</summary>
    private static long FullCollect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Kb(long bytes, int n) => (bytes / 1024.0 / n).ToString("0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
