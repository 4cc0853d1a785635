using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Who sees workflows: only the tenant's own, only with ManageWorkflows; and what a designer can read.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowAccessTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Another_tenant_never_sees_the_types_instances_or_tasks(string provider)
    {
        var a = await TenantAsync(portal, provider);
        var b = await TenantAsync(portal, provider);
        await ImportOkAsync(a, Type("isolated00000000000000000001", "Only in A",
            [("start", "SignalEvent", Signal("ask")), ("task", "UserTaskEvent", """{ "Actions": ["Ok"], "Roles": ["Administrator"] }""")],
            [("start", "Done", "task")]));
        await SignalAsync(a, "ask");
        await SignalAsync(b, "ask");
        var instance = await SingleInstanceAsync(a, "isolated00000000000000000001");

        Assert.Empty((await b.GetJsonAsync("/api/workflows/types")).EnumerateArray());
        Assert.Empty(await InstancesAsync(b, "isolated00000000000000000001"));
        using var api = b.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b.Path}/api/workflows/instances/{instance.GetProperty("WorkflowId").GetString()}")).StatusCode);

        using var adminA = await BrowserSession.SignInAsync(portal, a);
        Assert.Contains("Only in A", await adminA.PageAsync("/admin/workflows/tasks"));
        using var adminB = await BrowserSession.SignInAsync(portal, b);
        Assert.Contains("No task is waiting for you.", await adminB.PageAsync("/admin/workflows/tasks"));
        Assert.DoesNotContain("Only in A", await adminB.PageAsync("/admin/workflows"));
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync("/admin/workflows/isolated00000000000000000001")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Visitors_go_to_login_and_authors_get_403_on_the_workflow_admin(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        using var anonymous = tenant.Anonymous();
        var visitor = await anonymous.GetAsync($"{tenant.Path}/admin/workflows");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/login", visitor.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"{tenant.Path}/admin/workflows/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{tenant.Path}/api/workflows/activities")).StatusCode);

        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/workflows/anything")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/api/workflows/types")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin/workflows/tasks")).StatusCode);
    }

    [Fact]
    public async Task The_activity_descriptors_list_names_categories_outcomes_and_typed_properties()
    {
        var tenant = await TenantAsync(portal, Databases.Sqlite);
        var activities = (await tenant.GetJsonAsync("/api/workflows/activities")).EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!);

        foreach (var name in new[] { "ContentCreatedEvent", "ContentPublishedEvent", "TimerEvent", "SignalEvent", "UserTaskEvent", "IfElseTask", "ScriptTask", "EmailTask", "ForkTask", "JoinTask", "DelayTask", "CreateContentTask" })
        {
            Assert.True(activities.ContainsKey(name), name);
        }

        Assert.Equal("Event", activities["TimerEvent"].GetProperty("kind").GetString());
        Assert.Equal(["True", "False"], activities["IfElseTask"].GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        var condition = activities["IfElseTask"].GetProperty("properties")[0];
        Assert.Equal(("Condition", "expression:javascript"), (condition.GetProperty("name").GetString(), condition.GetProperty("type").GetString()));
        Assert.Equal("cron", activities["TimerEvent"].GetProperty("properties")[0].GetProperty("type").GetString());
    }
}
