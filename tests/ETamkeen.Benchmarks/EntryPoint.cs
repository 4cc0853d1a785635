using BenchmarkDotNet.Running;
using ETamkeen.Benchmarks.Micro;
using ETamkeen.Benchmarks.Scenarios;

namespace ETamkeen.Benchmarks;

/// <summary>
/// <c>tenant-memory</c> and <c>first-request</c> run a whole host; anything else goes to
/// BenchmarkDotNet's switcher (for example <c>--filter *Resolver*</c>).
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == WorkflowThroughputScenario.Name)
        {
            return await WorkflowThroughputScenario.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == RegistrationThroughputScenario.Name)
        {
            return await RegistrationThroughputScenario.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == SearchScenario.Name)
        {
            return await SearchScenario.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == ContentThroughputScenario.Name)
        {
            return await ContentThroughputScenario.RunAsync(args);
        }

        if (args.Length > 0 && ScenarioOptions.Scenarios.Contains(args[0]))
        {
            var options = ScenarioOptions.Parse(args);
            if (options is null)
            {
                return 2;
            }

            return args[0] switch
            {
                ScenarioOptions.TenantMemory => await TenantMemoryScenario.RunAsync(options),
                _ => await FirstRequestScenario.RunAsync(options),
            };
        }

        BenchmarkSwitcher.FromAssembly(typeof(EntryPoint).Assembly).Run(args, ShortRunConfig.Create());
        return 0;
    }
}
