using System.Net;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Approvals: a user task halts the workflow until someone with the role picks an action on "My tasks"; resumes run once.</summary>
[Collection(WorkflowCollection.Name)]
public sealed partial class WorkflowUserTaskTests(WorkflowPortalFactory portal)
{
    private const string TypeId = "approval00000000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_user_task_halts_then_approve_and_reject_from_my_tasks_take_their_branches(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Approval());
        await SignalAsync(tenant, "review", "request-1");
        await SignalAsync(tenant, "review", "request-2");

        var instances = await InstancesAsync(tenant, TypeId);
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal("Halted", Status(i)));

        // An author has the admin but not the role: no task for them, and posting one's id does nothing.
        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Contains("No task is waiting for you.", await author.PageAsync("/admin/workflows/tasks"));

        using var editor = await Accounts.SignInAsAsync(portal, tenant, "Editor");
        var page = await editor.PageAsync("/admin/workflows/tasks");
        var tasks = TaskPattern().Matches(page).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal(2, tasks.Count);
        var byCorrelation = instances.ToDictionary(i => i.GetProperty("CorrelationId").GetString()!, i => i.GetProperty("WorkflowId").GetString()!);

        var denied = await author.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{tasks[byCorrelation["request-1"]]}", new() { ["userAction"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("Halted", Status(await InstanceAsync(tenant, byCorrelation["request-1"])));

        await Choose(editor, tasks[byCorrelation["request-1"]], "Approve");
        await Choose(editor, tasks[byCorrelation["request-2"]], "Reject");

        var approved = await InstanceAsync(tenant, byCorrelation["request-1"]);
        Assert.Equal("Finished", Status(approved));
        Assert.Equal("approved", Output(approved, "decision").GetString());
        var rejected = await InstanceAsync(tenant, byCorrelation["request-2"]);
        Assert.Equal("rejected", Output(rejected, "decision").GetString());
        Assert.Contains("No task is waiting for you.", await editor.PageAsync("/admin/workflows/tasks"));

        // The admin page lists what ran, with times.
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var typePage = await admin.PageAsync($"/admin/workflows/{TypeId}");
        Assert.Contains("UserTaskEvent (<code>task</code>)", typePage);
        Assert.Contains("Approve", typePage);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Fifty_concurrent_resumes_of_one_blocked_instance_run_it_once(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Type("concurrent0000000000000000001", "Counted",
            [
                ("start", "SignalEvent", Signal("start")),
                ("wait", "SignalEvent", Signal("go")),
                ("count", "ScriptTask", """{ "AvailableOutcomes": ["Done"], "Script": { "Expression": "setProperty('runs', (property('runs') || 0) + 1); setOutcome('Done');" } }"""),
                ("out", "SetOutputTask", """{ "OutputName": "runs", "Value": { "Expression": "property('runs')" } }"""),
            ],
            [("start", "Done", "wait"), ("wait", "Done", "count"), ("count", "Done", "out")]));
        await SignalAsync(tenant, "start", "order-50");
        Assert.Equal("Halted", Status(await SingleInstanceAsync(tenant, "concurrent0000000000000000001")));

        using var gate = new SemaphoreSlim(0);
        var resumes = Enumerable.Range(0, 50).Select(async _ =>
        {
            using var api = tenant.Api();
            await gate.WaitAsync();
            await SignalAsync(tenant, "go", "order-50", api);
        }).ToList();
        gate.Release(50);
        await Task.WhenAll(resumes);

        var instance = await SingleInstanceAsync(tenant, "concurrent0000000000000000001");
        Assert.Equal("Finished", Status(instance));
        Assert.Equal(1, Output(instance, "runs").GetInt32());
        Assert.Single(instance.GetProperty("State").GetProperty("ExecutedActivities").EnumerateArray(), e => e.GetProperty("Name").GetString() == "ScriptTask");
    }

    private static async Task Choose(BrowserSession user, string taskId, string action)
    {
        var response = await user.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{taskId}", new() { ["userAction"] = action });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonObject Approval() => Type(TypeId, "Approval",
        [
            ("start", "SignalEvent", Signal("review")),
            ("task", "UserTaskEvent", """{ "Actions": ["Approve", "Reject"], "Roles": ["Editor"] }"""),
            ("yes", "SetOutputTask", """{ "OutputName": "decision", "Value": { "Expression": "'approved'" } }"""),
            ("no", "SetOutputTask", """{ "OutputName": "decision", "Value": { "Expression": "'rejected'" } }"""),
        ],
        [("start", "Done", "task"), ("task", "Approve", "yes"), ("task", "Reject", "no")]);

    [GeneratedRegex("data-task-id=\"(\\d+)\" data-workflow-id=\"([^\"]+)\"")]
    private static partial Regex TaskPattern();
}
