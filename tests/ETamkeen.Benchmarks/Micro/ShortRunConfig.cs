using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ETamkeen.Benchmarks.Micro;

/// <summary>
/// One process per benchmark, 2 warm-up and 5 measured iterations: the whole set runs in a few
/// minutes on a 2-core machine. Enough to compare costs an order of magnitude apart, not to
/// track a 5 % regression; pass BenchmarkDotNet's own <c>--job</c> for longer runs.
/// </summary>
internal static class ShortRunConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Short"))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
