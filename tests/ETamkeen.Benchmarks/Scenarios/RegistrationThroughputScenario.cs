using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// <c>registrations [--sessions 10] [--per-session 200] [--seats 30] [--clients 64] [--postgres ["cs"]]</c>:
/// registrations per second through <c>POST /api/trainings/sessions/{id}/registrations</c> when
/// many callers rush the same few sessions at once (the opening of a popular training), then a
/// check that each session has exactly its seats taken and the rest waiting in order 1..n.
/// </summary>
internal static class RegistrationThroughputScenario
{
    public const string Name = "registrations";

    public static async Task<int> RunAsync(string[] args)
    {
        int sessions = 10, perSession = 200, seats = 30, clients = 64;
        string? connection = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sessions" when i + 1 < args.Length: sessions = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--per-session" when i + 1 < args.Length: perSession = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seats" when i + 1 < args.Length: seats = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--clients" when i + 1 < args.Length: clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--postgres":
                    connection = ScenarioOptions.PostgresArgument(args, ref i);
                    if (connection is null)
                    {
                        return 2;
                    }

                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Name} [--sessions N] [--per-session N] [--seats N] [--clients N] [--postgres [\"connection string\"]]");
                    return 2;
            }
        }

        var options = new ScenarioOptions { Scenario = Name, Count = sessions * perSession, PostgresConnectionString = connection };
        Console.WriteLine(Invariant($"{Name}: {sessions} sessions × {perSession} registrations for {seats} seats, {clients} concurrent callers, on {options.ProviderName}; {Environment.ProcessorCount} cores, load {ContentThroughputScenario.Load()}"));
        await using var host = await ScenarioHost.StartAsync(options);
        var tenant = "r" + Guid.NewGuid().ToString("N")[..6];
        await host.CreateTenantAsync(tenant, tenant);
        try
        {
            await host.PostApiAsync($"/{tenant}/api/features/ETamkeen.Trainings/enable", "{}", HttpStatusCode.OK);
            var administration = await CreateAsync(host, tenant, Administration());
            var training = await CreateAsync(host, tenant, Training());
            var ids = new List<string>();
            for (var s = 0; s < sessions; s++)
            {
                ids.Add(await CreateAsync(host, tenant, Session(training, seats, s)));
            }

            // Warm the paths once, on a session of its own.
            var warm = await CreateAsync(host, tenant, Session(training, seats, sessions + 1));
            await RegisterAsync(host, tenant, warm, administration, "warmup");

            var work = ids.SelectMany(id => Enumerable.Range(0, perSession).Select(n => (Session: id, N: n))).OrderBy(_ => Random.Shared.Next()).ToArray();
            var times = new double[work.Length];
            var next = -1;
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < work.Length)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    await RegisterAsync(host, tenant, work[i].Session, administration, Invariant($"{work[i].Session}-{work[i].N}"));
                    times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }
            })));
            total.Stop();
            Console.WriteLine(Invariant($"  {work.Length / total.Elapsed.TotalSeconds,7:0} registrations/s; per registration {new Percentiles(times).Describe()}"));

            foreach (var id in ids)
            {
                var list = JsonDocument.Parse(await host.SendApiAsync(HttpMethod.Get, $"/{tenant}/api/trainings/sessions/{id}/registrations", null, HttpStatusCode.OK)).RootElement.EnumerateArray().ToList();
                var seated = list.Count(r => r.GetProperty("status").GetString() is "Approved" or "Requested");
                var waiting = list.Where(r => r.GetProperty("status").GetString() == "Waitlisted").Select(r => r.GetProperty("waitlistPosition").GetInt64()).ToList();
                if (list.Count != perSession || seated != Math.Min(seats, perSession) || !waiting.SequenceEqual(Enumerable.Range(1, waiting.Count).Select(p => (long)p)))
                {
                    Console.Error.WriteLine(Invariant($"  session {id}: {list.Count} registrations, {seated} seated, waiting positions {string.Join(",", waiting.Take(10))}… — WRONG"));
                    return 1;
                }
            }

            Console.WriteLine(Invariant($"  every session: {Math.Min(seats, perSession)} seated, {Math.Max(0, perSession - seats)} waiting in order 1..n, none lost"));
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

    private static async Task RegisterAsync(ScenarioHost host, string tenant, string session, string administration, string who) =>
        await host.SendApiAsync(HttpMethod.Post, $"/{tenant}/api/trainings/sessions/{session}/registrations", new JsonObject
        {
            ["participant"] = new JsonObject
            {
                ["email"] = $"agent-{who}@bench.gov.ma",
                ["firstName"] = "Agent",
                ["lastName"] = who,
                ["sex"] = "F",
                ["administrationId"] = administration,
            },
        }.ToJsonString(), HttpStatusCode.Created);

    private static async Task<string> CreateAsync(ScenarioHost host, string tenant, JsonObject item) =>
        JsonNode.Parse(await host.SendApiAsync(HttpMethod.Post, $"/{tenant}/api/content", item.ToJsonString(), HttpStatusCode.Created))!["ContentItemId"]!.GetValue<string>();

    private static JsonObject Terms(string taxonomy, string term) => new() { ["TaxonomyContentItemId"] = taxonomy, ["TermContentItemIds"] = new JsonArray(term) };

    private static JsonObject Administration() => new()
    {
        ["ContentType"] = "Administration",
        ["TitlePart"] = new JsonObject { ["Title"] = "Ministère de la Transition Numérique et de la Réforme de l'Administration" },
        ["Administration"] = new JsonObject { ["Acronym"] = new JsonObject { ["Text"] = "MTNRA" }, ["Level"] = Terms("training-levels", "level-central") },
    };

    private static JsonObject Training() => new()
    {
        ["ContentType"] = "Training",
        ["TitlePart"] = new JsonObject { ["Title"] = "Communication digitale et e-Readiness" },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "fr" },
        ["Training"] = new JsonObject
        {
            ["Axis"] = Terms("training-axes", "axis-communication"),
            ["Modality"] = Terms("training-modalities", "modality-in-person"),
            ["DurationDays"] = new JsonObject { ["Value"] = 3 },
            ["DurationHours"] = new JsonObject { ["Value"] = 18 },
        },
    };

    private static JsonObject Session(string training, int seats, int n)
    {
        var start = DateTime.UtcNow.Date.AddDays(30 + (n * 4));
        return new JsonObject
        {
            ["ContentType"] = "TrainingSession",
            ["TitlePart"] = new JsonObject { ["Title"] = Invariant($"Session {n + 1}") },
            ["TrainingSession"] = new JsonObject
            {
                ["Training"] = new JsonObject { ["LocalizationSets"] = new JsonArray(training) },
                ["Level"] = Terms("training-levels", "level-central"),
                ["Region"] = Terms("training-regions", "region-rabat-sale-kenitra"),
                ["City"] = new JsonObject { ["Text"] = "Rabat" },
                ["StartDate"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                ["EndDate"] = new JsonObject { ["Value"] = start.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                ["DailyStart"] = new JsonObject { ["Text"] = "09:00" },
                ["DailyEnd"] = new JsonObject { ["Text"] = "16:00" },
                ["MaxCapacity"] = new JsonObject { ["Value"] = seats },
            },
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
