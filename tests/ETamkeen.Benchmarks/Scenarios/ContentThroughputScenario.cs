using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// <c>content-throughput [--items 10000] [--http-items 2000] [--workers 1,4] [--postgres ["cs"]]</c>:
/// items created and published per second in one tenant. A tenant from the ministry recipe,
/// then a recipe through <c>POST {prefix}/api/recipes</c> that enables ETamkeen.Contents and
/// defines <c>BenchPractice</c> (TitlePart, AutoroutePart with a Liquid pattern, HtmlBodyPart,
/// a TextField and a NumericField). Then, for each worker count, <c>--items</c> items through
/// <see cref="IContentManager"/> directly (one DI scope per item, as a request would have),
/// then <c>--http-items</c> through <c>POST {prefix}/api/content</c> with 4 concurrent clients
/// (in-process TestServer: the whole tenant pipeline, no sockets).
/// </summary>
internal static class ContentThroughputScenario
{
    public const string Name = "content-throughput";
    private const string Type = "BenchPractice";

    private const string Definitions = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Contents"] },
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "BenchPractice", "DisplayName": "Bonne pratique (bench)",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "EditableRequired" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                { "PartName": "BenchPractice", "Name": "BenchPractice" } ] } ],
            "ContentParts": [ {
              "Name": "BenchPractice",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "Participants", "Settings": { "NumericFieldSettings": { "Minimum": 0, "Scale": 0 } } },
                { "FieldName": "TextField", "Name": "Administration", "Settings": { "TextFieldSettings": { "Required": true } } } ] } ] }
        ] }
        """;

    private const string Html = "<p>Formation des formateurs en télétravail : <strong>85 participants</strong>, trois sessions, une évaluation à froid.</p><ul><li>Rabat</li><li>Fès</li></ul>";

    public static async Task<int> RunAsync(string[] args)
    {
        var items = 10_000;
        var httpItems = 2_000;
        int[] workers = [1, 4];
        string? given = null;
        var postgres = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--items" when i + 1 < args.Length: items = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--http-items" when i + 1 < args.Length: httpItems = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers" when i + 1 < args.Length: workers = [.. args[++i].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))]; break;
                case "--postgres":
                    postgres = true;
                    if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        given = args[++i];
                    }

                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Name} [--items N] [--http-items N] [--workers 1,4] [--postgres [\"connection string\"]]");
                    return 2;
            }
        }

        string? connection = null;
        if (postgres)
        {
            connection = Environment.GetEnvironmentVariable(ScenarioOptions.PostgresEnvironmentVariable) is { Length: > 0 } env ? env : given;
            if (connection is null)
            {
                Console.Error.WriteLine($"--postgres needs a connection string, or {ScenarioOptions.PostgresEnvironmentVariable} set.");
                return 2;
            }
        }

        var options = new ScenarioOptions { Scenario = Name, Count = items, PostgresConnectionString = connection };
        Console.WriteLine(Invariant($"{Name}: {items} items per worker count ({string.Join(", ", workers)}), {httpItems} through HTTP, on {options.ProviderName}; {Environment.ProcessorCount} cores, load {Load()}"));
        await using var host = await ScenarioHost.StartAsync(options);
        var run = Guid.NewGuid().ToString("N")[..6];
        var tenant = $"c{run}";
        var prefix = tenant;
        await host.CreateTenantAsync(tenant, prefix);
        await host.PostApiAsync($"/{prefix}/api/recipes", Definitions, HttpStatusCode.OK);
        var results = new List<string>();
        try
        {
            // Warm-up: JIT, Liquid parse cache, definitions cache, SQL statements.
            await DirectAsync(host, tenant, "warm", 50, 1);

            foreach (var w in workers)
            {
                var (rate, times, breakdown) = await DirectAsync(host, tenant, Invariant($"w{w}"), items, w);
                var p = new Percentiles(times);
                Console.WriteLine(Invariant($"  IContentManager, {w} worker(s): {rate,7:0} items/s; per item {p.Describe()}"));
                Console.WriteLine("    " + breakdown);
                results.Add(Invariant($"direct {w}w {rate:0}/s"));
            }

            if (httpItems > 0)
            {
                var (rate, times) = await HttpAsync(host, prefix, httpItems, 4);
                var p = new Percentiles(times);
                Console.WriteLine(Invariant($"  POST /api/content, 4 clients:  {rate,7:0} items/s; per request {p.Describe()}"));
                results.Add(Invariant($"HTTP 4c {rate:0}/s"));
            }
        }
        finally
        {
            if (connection is not null)
            {
                await host.RemoveTenantAsync(tenant);
            }
        }

        Console.WriteLine(Invariant($"RESULT {Name} ({options.ProviderName}, {items} items, HTTP {httpItems}): {string.Join("; ", results)}; load {Load()}"));
        return 0;
    }

    private static async Task<(double Rate, List<double> Times, string Breakdown)> DirectAsync(ScenarioHost host, string tenant, string tag, int count, int workers)
    {
        var shell = await host.Shells.AcquireAsync(tenant);
        try
        {
            var next = -1;
            var times = new double[count];
            long newTicks = 0, createTicks = 0, scopeTicks = 0;
            var total = Stopwatch.StartNew();
            var thirds = new long[3];
            var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    await using var scope = shell.Services.CreateAsyncScope();
                    var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
                    var t1 = Stopwatch.GetTimestamp();
                    var item = await manager.NewAsync(Type);
                    Fill(item.Content, Invariant($"Bonne pratique {tag} numéro {i}"), i);
                    var t2 = Stopwatch.GetTimestamp();
                    var result = await manager.CreateAsync(item, publish: true);
                    var t3 = Stopwatch.GetTimestamp();
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException("Create failed: " + string.Join("; ", result.Errors.Select(e => e.Key + ": " + string.Join(", ", e.Value))));
                    }

                    times[i] = Stopwatch.GetElapsedTime(t0, t3).TotalMilliseconds;
                    Interlocked.Add(ref scopeTicks, t1 - t0);
                    Interlocked.Add(ref newTicks, t2 - t1);
                    Interlocked.Add(ref createTicks, t3 - t2);
                    Interlocked.Add(ref thirds[Math.Min(2, i * 3 / count)], t3 - t0);
                }
            })).ToArray();
            await Task.WhenAll(tasks);
            total.Stop();
            double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / count;
            var third = count / 3.0;
            var breakdown = Invariant($"mean per item: scope+resolve {Ms(scopeTicks):0.00} ms, NewAsync+fill {Ms(newTicks):0.00} ms, CreateAsync(publish) {Ms(createTicks):0.00} ms; mean by third of the run: {thirds[0] * 1000.0 / Stopwatch.Frequency / third:0.00} / {thirds[1] * 1000.0 / Stopwatch.Frequency / third:0.00} / {thirds[2] * 1000.0 / Stopwatch.Frequency / third:0.00} ms");
            return (count / total.Elapsed.TotalSeconds, [.. times], breakdown);
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static async Task<(double Rate, List<double> Times)> HttpAsync(ScenarioHost host, string prefix, int count, int clients)
    {
        var next = -1;
        var times = new double[count];
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var body = new JsonObject { ["ContentType"] = Type };
                Fill(body, Invariant($"Bonne pratique HTTP numéro {i}"), i);
                var t0 = Stopwatch.GetTimestamp();
                await host.PostApiAsync($"/{prefix}/api/content", body.ToJsonString(), HttpStatusCode.Created);
                times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        total.Stop();
        return (count / total.Elapsed.TotalSeconds, [.. times]);
    }

    private static void Fill(JsonObject content, string title, int i)
    {
        content["TitlePart"] = new JsonObject { ["Title"] = title };
        content["HtmlBodyPart"] = new JsonObject { ["Html"] = Html };
        content[Type] = new JsonObject
        {
            // decimal: a JsonValue built from an int makes NumericFieldHandler throw (GetValue<decimal> on a JsonValue<int>).
            ["Participants"] = new JsonObject { ["Value"] = (decimal)(i % 500) },
            ["Administration"] = new JsonObject { ["Text"] = "MTNRA" },
        };
    }

    internal static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
