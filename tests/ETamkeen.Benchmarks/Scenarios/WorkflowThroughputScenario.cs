using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ETamkeen.Data;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// <c>workflow-throughput [--runs 10000] [--workers 1,4] [--postgres ["cs"]] [--prune N]</c>: events handled
/// per second by a five-activity workflow (SignalEvent → SetPropertyTask → IfElseTask →
/// SetOutputTask → LogTask), each event starting and finishing one instance through
/// <see cref="IWorkflowManager"/> in its own DI scope, as a request would; then the rows left in
/// <c>WorkflowInstance</c> with finished instances kept, and with <c>DeleteFinishedWorkflows</c> on;
/// with <c>--prune N</c>, one age-based pruning pass over N old finished instances (<see cref="WorkflowPruningMeasure"/>).
/// </summary>
internal static class WorkflowThroughputScenario
{
    public const string Name = "workflow-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = 10_000;
        int[] workers = [1, 4];
        string? connection = null;
        var prune = 0;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--prune" when i + 1 < args.Length: prune = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers" when i + 1 < args.Length: workers = [.. args[++i].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))]; break;
                case "--postgres":
                    connection = ScenarioOptions.PostgresArgument(args, ref i);
                    if (connection is null)
                    {
                        return 2;
                    }

                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Name} [--runs N] [--workers 1,4] [--postgres [\"connection string\"]] [--prune N]");
                    return 2;
            }
        }

        var options = new ScenarioOptions { Scenario = Name, Count = runs, PostgresConnectionString = connection };
        Console.WriteLine(Invariant($"{Name}: {runs} events per worker count ({string.Join(", ", workers)}) on {options.ProviderName}; {Environment.ProcessorCount} cores, load {ContentThroughputScenario.Load()}"));
        await using var host = await ScenarioHost.StartAsync(options);
        var tenant = "w" + Guid.NewGuid().ToString("N")[..6];
        await host.CreateTenantAsync(tenant, tenant);
        await host.PostApiAsync($"/{tenant}/api/recipes", Recipe(), HttpStatusCode.OK);
        try
        {
            await TriggerAsync(host, tenant, "kept", 50, 1);
            foreach (var w in workers)
            {
                var (rate, times) = await TriggerAsync(host, tenant, "kept", runs, w);
                Console.WriteLine(Invariant($"  {w} worker(s): {rate,7:0} events/s (one instance started and finished each); per event {new Percentiles(times).Describe()}"));
            }

            Console.WriteLine(Invariant($"  WorkflowInstance rows, finished instances kept: {await InstanceRowsAsync(host, tenant)}"));
            var before = await InstanceRowsAsync(host, tenant);
            var (pruned, _) = await TriggerAsync(host, tenant, "deleted", runs, workers.Max());
            Console.WriteLine(Invariant($"  DeleteFinishedWorkflows on, {runs} more events: {pruned:0} events/s; rows {before} → {await InstanceRowsAsync(host, tenant)}"));
            if (prune > 0)
            {
                await WorkflowPruningMeasure.RunAsync(host, tenant, prune);
            }
        }
        finally
        {
            if (connection is not null)
            {
                await host.RemoveTenantAsync(tenant);
            }
        }

        return 0;
    }

    private static async Task<(double Rate, List<double> Times)> TriggerAsync(ScenarioHost host, string tenant, string signal, int count, int workers)
    {
        var shell = await host.Shells.AcquireAsync(tenant);
        try
        {
            var next = -1;
            var times = new double[count];
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    await using var scope = shell.Services.CreateAsyncScope();
                    var workflows = scope.ServiceProvider.GetRequiredService<IWorkflowManager>();
                    await workflows.TriggerEventAsync("SignalEvent", new JsonObject { ["Signal"] = signal, ["Number"] = i });
                    times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }
            })));
            total.Stop();
            return (count / total.Elapsed.TotalSeconds, [.. times]);
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static async Task<long> InstanceRowsAsync(ScenarioHost host, string tenant)
    {
        var shell = await host.Shells.AcquireAsync(tenant);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenAsync();
            return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM \"WorkflowInstance\"");
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static string Recipe()
    {
        JsonObject Type(string id, string signal, bool deleteFinished) => new()
        {
            ["WorkflowTypeId"] = id,
            ["Name"] = "Bench " + signal,
            ["IsEnabled"] = true,
            ["DeleteFinishedWorkflows"] = deleteFinished,
            ["Activities"] = new JsonArray(
                Activity("start", "SignalEvent", true, new JsonObject { ["SignalName"] = new JsonObject { ["Expression"] = signal } }),
                Activity("set", "SetPropertyTask", false, new JsonObject { ["PropertyName"] = "n", ["Value"] = new JsonObject { ["Expression"] = "input('Number')" } }),
                Activity("if", "IfElseTask", false, new JsonObject { ["Condition"] = new JsonObject { ["Expression"] = "property('n') >= 0" } }),
                Activity("out", "SetOutputTask", false, new JsonObject { ["OutputName"] = "done", ["Value"] = new JsonObject { ["Expression"] = "true" } }),
                Activity("log", "LogTask", false, new JsonObject { ["LogLevel"] = "Debug", ["Text"] = new JsonObject { ["Expression"] = "run {{ Workflow.Properties.n }}" } })),
            ["Transitions"] = new JsonArray(
                Transition("start", "Done", "set"), Transition("set", "Done", "if"), Transition("if", "True", "out"), Transition("out", "Done", "log")),
        };

        var recipe = new JsonObject
        {
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray("ETamkeen.Workflows") },
                new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(Type("benchkept00000000000000001", "kept", false), Type("benchdeleted000000000000001", "deleted", true)) }),
        };
        return recipe.ToJsonString();
    }

    private static JsonObject Activity(string id, string name, bool start, JsonObject properties) =>
        new() { ["ActivityId"] = id, ["Name"] = name, ["X"] = 0, ["Y"] = 0, ["IsStart"] = start, ["Properties"] = properties };

    private static JsonObject Transition(string from, string outcome, string to) =>
        new() { ["SourceActivityId"] = from, ["SourceOutcomeName"] = outcome, ["DestinationActivityId"] = to };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
