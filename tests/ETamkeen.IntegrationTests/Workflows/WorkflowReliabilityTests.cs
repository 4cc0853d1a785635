using System.Net;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>A run whose process died is faulted after the timeout and restarts; concurrent starts of a singleton make one instance; type changes reach the next event.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowReliabilityTests(WorkflowPortalFactory portal)
{
    private const string StuckType = "stuck000000000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_run_that_never_ended_is_faulted_after_the_timeout_and_the_restart_finishes_it(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Type(StuckType, "Waits then answers",
            [("start", "SignalEvent", Signal("open")), ("wait", "SignalEvent", Signal("answer")), ("out", "SetOutputTask", """{ "OutputName": "answered", "Value": { "Expression": "true" } }""")],
            [("start", "Done", "wait"), ("wait", "Done", "out")]));
        await SignalAsync(tenant, "open");
        var halted = await SingleInstanceAsync(tenant, StuckType);
        Assert.Equal("Halted", Status(halted));
        var id = halted.GetProperty("WorkflowId").GetString()!;

        // A node takes the wait to resume it, as an "answer" signal would, and dies before saving.
        Assert.True(await InTenantAsync(tenant, async services =>
        {
            var store = services.GetRequiredService<WorkflowInstanceStore>();
            var instance = (await store.GetAsync(id))!;
            var wait = Assert.Single(await store.BlockingOfAsync(id));
            return await store.ClaimAsync(instance, WorkflowStatus.Halted, portal.Clock.GetUtcNow().UtcDateTime, wait.ActivityId, wait.Id);
        }));

        // Stuck: the answer finds nothing to resume, and within the timeout nothing changes.
        await SignalAsync(tenant, "answer");
        portal.Clock.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal("Executing", Status(await InstanceAsync(tenant, id)));

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var faulted = await EventuallyAsync(() => InstanceAsync(tenant, id), i => Status(i) == "Faulted", "the timeout of the dead run");
        var reason = faulted.GetProperty("FaultMessage").GetString()!;
        Assert.Contains("SignalEvent (wait)", reason);
        Assert.Contains("did not finish within 00:10:00", reason);
        Assert.Contains("restart it", reason);
        Assert.Empty(faulted.GetProperty("BlockingActivities").EnumerateArray());

        // Another node's task saw the same row: the row version lets one of them write the fault.
        var again = await InTenantAsync(tenant, async services =>
        {
            var store = services.GetRequiredService<WorkflowInstanceStore>();
            return (await store.StuckAsync(portal.Clock.GetUtcNow().UtcDateTime)).Count(s => s.Instance.WorkflowId == id);
        });
        Assert.Equal(0, again);
        Assert.Single(faulted.GetProperty("State").GetProperty("ExecutedActivities").EnumerateArray(), e => e.GetProperty("Outcomes").EnumerateArray().Any(o => o.GetString() == "Faulted"));

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("did not finish within", await admin.PageAsync($"/admin/workflows/{StuckType}"));
        var restart = await admin.SubmitAsync($"/admin/workflows/{StuckType}", $"/admin/workflows/instances/{id}/restart", new() { ["workflowTypeId"] = StuckType });
        Assert.Equal(HttpStatusCode.Redirect, restart.StatusCode);
        var finished = await InstanceAsync(tenant, id);
        Assert.Equal("Finished", Status(finished));
        Assert.True(Output(finished, "answered").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Fifty_concurrent_signals_start_one_instance_of_a_singleton_and_one_per_exclusive_correlation_id(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var singleton = Waiting("racesingle0000000000000001", "race");
        singleton["IsSingleton"] = true;
        await ImportOkAsync(tenant, singleton, Waiting("raceexclusive00000000000001", "claim"));

        using var api = tenant.Api();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => SignalAsync(tenant, "race", client: api)));
        Assert.Equal("Halted", Status(Assert.Single(await InstancesAsync(tenant, "racesingle0000000000000001"))));

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => SignalAsync(tenant, "claim", i % 2 == 0 ? "file-a" : "file-b", api, exclusive: true)));
        Assert.Equal(["file-a", "file-b"], (await InstancesAsync(tenant, "raceexclusive00000000000001")).Select(i => i.GetProperty("CorrelationId").GetString()).Order());

        // The lock goes with the instance: once it ends, the singleton starts again.
        await SignalAsync(tenant, "never");
        Assert.All(await InstancesAsync(tenant, "racesingle0000000000000001"), i => Assert.Equal("Finished", Status(i)));
        await SignalAsync(tenant, "race");
        Assert.Equal(2, (await InstancesAsync(tenant, "racesingle0000000000000001")).Count);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_type_disabled_or_changed_by_an_import_is_what_the_next_event_runs(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var type = Type("cached0000000000000000000001", "Cached", [("start", "SignalEvent", Signal("cache")), ("out", "SetOutputTask", """{ "OutputName": "v", "Value": { "Expression": "1" } }""")], [("start", "Done", "out")]);
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        await SignalAsync(tenant, "cache");
        Assert.Single(await InstancesAsync(tenant, "cached0000000000000000000001"));

        type["IsEnabled"] = false;
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        await SignalAsync(tenant, "cache");
        Assert.Single(await InstancesAsync(tenant, "cached0000000000000000000001"));

        type["IsEnabled"] = true;
        type["Activities"]![1]!["Properties"]!["Value"] = new JsonObject { ["Expression"] = "2" };
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        await SignalAsync(tenant, "cache");
        var instances = await InstancesAsync(tenant, "cached0000000000000000000001");
        Assert.Equal(2, instances.Count);
        var latest = instances.MaxBy(i => i.GetProperty("TypeVersion").GetInt32());
        Assert.Equal(2, Output(await InstanceAsync(tenant, latest.GetProperty("WorkflowId").GetString()!), "v").GetInt32());
    }

    private async Task<T> InTenantAsync<T>(TestTenant tenant, Func<IServiceProvider, Task<T>> action)
    {
        var shell = await portal.Shells.AcquireAsync(tenant.Name);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static JsonObject Waiting(string id, string signal) => Type(id, "Waits " + signal,
        [("start", "SignalEvent", Signal(signal)), ("wait", "SignalEvent", Signal("never"))],
        [("start", "Done", "wait")]);
}
