using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>When a type starts again (singletons, exclusive starts) and how long finished instances stay.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowStartRuleTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Singletons_and_exclusive_starts_run_one_instance_and_finished_ones_are_pruned_by_age(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var single = Waiting("singleton000000000000000001", "one");
        single["IsSingleton"] = true;
        var kept = Quick("kept0000000000000000000001");
        var deleted = Quick("deleted00000000000000000001");
        deleted["DeleteFinishedWorkflows"] = true;
        await ImportOkAsync(tenant, single, Waiting("exclusive000000000000000001", "ex"), kept, deleted);

        await SignalAsync(tenant, "one");
        await SignalAsync(tenant, "one");
        Assert.Single(await InstancesAsync(tenant, "singleton000000000000000001"));

        await SignalAsync(tenant, "ex", "request-a", exclusive: true);
        await SignalAsync(tenant, "ex", "request-a", exclusive: true);
        await SignalAsync(tenant, "ex", "request-b", exclusive: true);
        Assert.Equal(["request-a", "request-b"], (await InstancesAsync(tenant, "exclusive000000000000000001")).Select(i => i.GetProperty("CorrelationId").GetString()).Order());

        await SignalAsync(tenant, "quick");
        Assert.Equal("Finished", Status(Assert.Single(await InstancesAsync(tenant, "kept0000000000000000000001"))));
        Assert.Empty(await InstancesAsync(tenant, "deleted00000000000000000001"));

        // Thirty days on (the default retention), the finished instance goes; the waiting ones stay.
        portal.Clock.Advance(TimeSpan.FromDays(31));
        await EventuallyAsync(() => InstancesAsync(tenant, "kept0000000000000000000001"), l => l.Count == 0, "the pruning of finished instances");
        Assert.Single(await InstancesAsync(tenant, "singleton000000000000000001"));
    }

    private static System.Text.Json.Nodes.JsonObject Waiting(string id, string signal) => Type(id, "Waits " + signal,
        [("start", "SignalEvent", Signal(signal)), ("wait", "SignalEvent", Signal("never"))],
        [("start", "Done", "wait")]);

    private static System.Text.Json.Nodes.JsonObject Quick(string id) => Type(id, "Quick " + id,
        [("start", "SignalEvent", Signal("quick")), ("out", "SetOutputTask", """{ "OutputName": "done", "Value": { "Expression": "true" } }""")],
        [("start", "Done", "out")]);
}
