using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Bad definitions are refused with the step and the reason; a failing script faults its instance, which restarts; versions stick.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowFaultTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Bad_workflow_json_and_missing_activities_fail_the_step_with_a_clear_error(string provider)
    {
        var tenant = await TenantAsync(portal, provider);

        var notAList = await RecipeAsync(tenant, """{ "steps": [ { "name": "WorkflowType", "data": { "WorkflowTypeId": "x" } } ] }""");
        Assert.Equal(HttpStatusCode.BadRequest, notAList.StatusCode);
        var error = await notAList.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("WorkflowType", error.GetProperty("stepName").GetString());

        var badShape = await RecipeAsync(tenant, """{ "steps": [ { "name": "WorkflowType", "data": [ { "WorkflowTypeId": "x", "Activities": "many" } ] } ] }""");
        Assert.Equal(HttpStatusCode.BadRequest, badShape.StatusCode);
        Assert.Contains("not valid JSON for a workflow type", await badShape.Content.ReadAsStringAsync());

        var missing = await ImportAsync(tenant, Type("missing00000000000000000001", "Webhook",
            [("start", "SignalEvent", Signal("x")), ("http", "HttpRedirectTask", "{}"), ("sms", "SmsTask", "{}")],
            [("start", "Done", "http")]));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var text = await missing.Content.ReadAsStringAsync();
        Assert.Contains("HttpRedirectTask", text);
        Assert.Contains("SmsTask", text);
        Assert.Empty((await tenant.GetJsonAsync("/api/workflows/types")).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_script_error_faults_the_instance_and_restart_from_the_admin_runs_it_again(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Type("faulty000000000000000000001", "Fails once",
            [
                ("start", "SignalEvent", Signal("budget")),
                ("check", "ScriptTask", """{ "AvailableOutcomes": ["Done"], "Script": { "Expression": "if (!property('retried')) { setProperty('retried', true); throw new Error('no budget line'); } setOutcome('Done');" } }"""),
                ("out", "SetOutputTask", """{ "OutputName": "checked", "Value": { "Expression": "true" } }"""),
            ],
            [("start", "Done", "check"), ("check", "Done", "out")]));
        await SignalAsync(tenant, "budget");

        var faulted = await SingleInstanceAsync(tenant, "faulty000000000000000000001");
        Assert.Equal("Faulted", Status(faulted));
        Assert.Contains("ScriptTask (check)", faulted.GetProperty("FaultMessage").GetString());
        Assert.Contains("no budget line", faulted.GetProperty("FaultMessage").GetString());

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var page = await admin.PageAsync("/admin/workflows/faulty000000000000000000001");
        Assert.Contains("no budget line", page);
        var id = faulted.GetProperty("WorkflowId").GetString();
        var restart = await admin.SubmitAsync("/admin/workflows/faulty000000000000000000001", $"/admin/workflows/instances/{id}/restart", new() { ["workflowTypeId"] = "faulty000000000000000000001" });
        Assert.Equal(HttpStatusCode.Redirect, restart.StatusCode);

        var finished = await SingleInstanceAsync(tenant, "faulty000000000000000000001");
        Assert.Equal("Finished", Status(finished));
        Assert.True(Output(finished, "checked").GetBoolean());
        Assert.Equal(2, finished.GetProperty("State").GetProperty("ExecutedActivities").EnumerateArray().Count(e => e.GetProperty("Name").GetString() == "ScriptTask"));
        Assert.Contains("Finished", await admin.PageAsync("/admin/workflows/faulty000000000000000000001"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Importing_a_changed_type_keeps_running_instances_on_their_version(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Versioned("'first'"));
        await SignalAsync(tenant, "open", "old");

        await ImportOkAsync(tenant, Versioned("'second'"));
        await ImportOkAsync(tenant, Versioned("'second'"));
        Assert.Equal(2, (await tenant.GetJsonAsync("/api/workflows/types")).EnumerateArray().Single().GetProperty("Version").GetInt32());
        await SignalAsync(tenant, "open", "new");

        await SignalAsync(tenant, "close");
        var instances = await InstancesAsync(tenant, "versioned00000000000000000001");
        var old = await InstanceAsync(tenant, instances.Single(i => i.GetProperty("CorrelationId").GetString() == "old").GetProperty("WorkflowId").GetString()!);
        var current = await InstanceAsync(tenant, instances.Single(i => i.GetProperty("CorrelationId").GetString() == "new").GetProperty("WorkflowId").GetString()!);
        Assert.Equal((1, "first"), (old.GetProperty("TypeVersion").GetInt32(), Output(old, "version").GetString()));
        Assert.Equal((2, "second"), (current.GetProperty("TypeVersion").GetInt32(), Output(current, "version").GetString()));

        // The export carries the latest version in Orchard's step, ready to import elsewhere.
        var export = await tenant.GetJsonAsync("/api/recipes/export");
        var step = export.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "WorkflowType");
        var exported = step.GetProperty("data").EnumerateArray().Single();
        Assert.Equal("versioned00000000000000000001", exported.GetProperty("WorkflowTypeId").GetString());
        var output = exported.GetProperty("Activities").EnumerateArray().Single(a => a.GetProperty("ActivityId").GetString() == "out");
        Assert.Equal("'second'", output.GetProperty("Properties").GetProperty("Value").GetProperty("Expression").GetString());
    }

    private static System.Text.Json.Nodes.JsonObject Versioned(string value) => Type("versioned00000000000000000001", "Versioned",
        [
            ("start", "SignalEvent", Signal("open")),
            ("wait", "SignalEvent", Signal("close")),
            ("out", "SetOutputTask", $$"""{ "OutputName": "version", "Value": { "Expression": "{{value}}" } }"""),
        ],
        [("start", "Done", "wait"), ("wait", "Done", "out")]);
}
