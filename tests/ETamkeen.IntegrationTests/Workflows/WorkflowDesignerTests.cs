using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>The designer's save: validated on the server, stored as a new version, for ManageWorkflows only, per tenant.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowDesignerTests(WorkflowPortalFactory portal)
{
    private const string Save = "/admin/workflows/designer/save";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Saving_a_valid_type_stores_it_and_each_change_is_a_new_version(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var type = PublishedToLog("");

        var (status, first) = await SaveAsync(admin, "/admin/workflows/create", type);
        Assert.True(status == HttpStatusCode.OK, first.ToString());
        var id = first.GetProperty("workflowTypeId").GetString()!;
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.DoesNotContain(first.GetProperty("problems").EnumerateArray(), p => p.GetProperty("severity").GetString() == "error");

        var stored = await tenant.GetJsonAsync($"/api/workflows/types/{id}");
        Assert.Equal("Log on publish", stored.GetProperty("Name").GetString());
        Assert.Equal(["publish", "log"], stored.GetProperty("Activities").EnumerateArray().Select(a => a.GetProperty("ActivityId").GetString()));

        type["WorkflowTypeId"] = id;
        type["Activities"]![1]!["X"] = 420;
        var (again, second) = await SaveAsync(admin, $"/admin/workflows/{id}/designer", type);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(420, (await tenant.GetJsonAsync($"/api/workflows/types/{id}")).GetProperty("Activities")[1].GetProperty("X").GetInt32());
        Assert.Contains("<h1>Designer: Log on publish</h1>", await admin.PageAsync($"/admin/workflows/{id}/designer"));

        // The saved type runs: publishing a page starts and finishes it.
        await CreatePageAsync(tenant, "Designed");
        var instance = await EventuallyAsync(() => InstancesAsync(tenant, id), list => list.Count == 1, "the designed workflow's instance");
        Assert.Equal("Finished", Status(instance[0]));
        Assert.Equal(2, instance[0].GetProperty("TypeVersion").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_bad_type_is_refused_with_its_problems_by_activity_and_nothing_is_stored(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var bad = Type("designerbad0000000000000001", "Broken",
            [
                ("publish", "ContentPublishedEvent", """{ "ContentTypeFilter": ["Page"] }"""),
                ("log", "LogTask", """{ "LogLevel": "Information" }"""),
                ("script", "ScriptTask", """{ "AvailableOutcomes": ["Done"], "Script": { "Expression": "if (input('x' {" } }"""),
                ("timer", "TimerEvent", """{ "CronExpression": "every monday" }"""),
                ("notify", "NotifyTask", """{ "Message": { "Expression": "{% if x %}unclosed" } }"""),
                ("ghost", "TeleportTask", "{}"),
            ],
            [("publish", "Done", "log"), ("log", "Done", "script"), ("log", "Nowhere", "script")]);

        var (status, answer) = await SaveAsync(admin, "/admin/workflows/create", bad);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problems = answer.GetProperty("problems").EnumerateArray()
            .Select(p => (Id: p.GetProperty("activityId").GetString(), Severity: p.GetProperty("severity").GetString(), Message: p.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(problems, p => p is { Id: "log", Severity: "error" } && p.Message.Contains("Text is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "log", Severity: "error" } && p.Message.Contains("no outcome Nowhere", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "script", Severity: "error" } && p.Message.Contains("JavaScript", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "timer", Severity: "error" } && p.Message.Contains("cron", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "timer", Severity: "error" } && p.Message.Contains("can't be reached", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "notify", Severity: "error" } && p.Message.Contains("Liquid", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "ghost", Severity: "error" } && p.Message.Contains("TeleportTask", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Id: "script", Severity: "warning" } && p.Message.Contains("Done", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Id == "publish" && p.Severity == "error");

        // No start at all is a problem of the whole type.
        var startless = PublishedToLog("designerbad0000000000000002");
        startless["Activities"]![0]!["IsStart"] = false;
        var (refused, noStart) = await SaveAsync(admin, "/admin/workflows/create", startless);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains(noStart.GetProperty("problems").EnumerateArray(), p => p.GetProperty("activityId").ValueKind == JsonValueKind.Null && p.GetProperty("message").GetString()!.Contains("start", StringComparison.Ordinal));

        Assert.Empty((await tenant.GetJsonAsync("/api/workflows/types")).EnumerateArray());
        using var api = tenant.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/workflows/types/designerbad0000000000000001")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_designer_and_its_save_need_ManageWorkflows(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        using var anonymous = tenant.Anonymous();
        var page = await anonymous.GetAsync($"{tenant.Path}/admin/workflows/create");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location!.ToString());
        var post = await anonymous.PostAsync($"{tenant.Path}{Save}", new FormUrlEncodedContent(new Dictionary<string, string> { ["workflow"] = PublishedToLog("").ToJsonString() }));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"anonymous save: {(int)post.StatusCode}");
        Assert.True(post.StatusCode == HttpStatusCode.Unauthorized || post.Headers.Location!.ToString().Contains("/login", StringComparison.Ordinal));

        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/workflows/create")).StatusCode);
        var (status, _) = await SaveAsync(author, "/admin/workflows/tasks", PublishedToLog(""), expectJson: false);
        Assert.Equal(HttpStatusCode.Forbidden, status);

        Assert.Empty((await tenant.GetJsonAsync("/api/workflows/types")).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_type_saved_in_one_tenant_is_not_seen_or_opened_in_another(string provider)
    {
        var a = await TenantAsync(portal, provider);
        var b = await TenantAsync(portal, provider);
        using var adminA = await BrowserSession.SignInAsync(portal, a);
        using var adminB = await BrowserSession.SignInAsync(portal, b);

        var (status, saved) = await SaveAsync(adminA, "/admin/workflows/create", PublishedToLog("designershared000000000001"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("designershared000000000001", saved.GetProperty("workflowTypeId").GetString());

        Assert.Empty((await b.GetJsonAsync("/api/workflows/types")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync("/admin/workflows/designershared000000000001/designer")).StatusCode);

        // The same id in B is B's own type: A's keeps its name and version.
        var other = PublishedToLog("designershared000000000001");
        other["Name"] = "B's own";
        var (inB, savedB) = await SaveAsync(adminB, "/admin/workflows/create", other);
        Assert.Equal(HttpStatusCode.OK, inB);
        Assert.Equal(1, savedB.GetProperty("version").GetInt32());
        var inA = await a.GetJsonAsync("/api/workflows/types/designershared000000000001");
        Assert.Equal("Log on publish", inA.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Descriptors_say_which_properties_are_required_and_which_list_names_the_outcomes()
    {
        var tenant = await TenantAsync(portal, Databases.Sqlite);
        var activities = (await tenant.GetJsonAsync("/api/workflows/activities")).EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!);

        bool Required(string activity, string property) => activities[activity].GetProperty("properties").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == property).GetProperty("required").GetBoolean();
        Assert.True(Required("LogTask", "Text"));
        Assert.False(Required("LogTask", "LogLevel"));
        Assert.True(Required("TimerEvent", "CronExpression"));
        Assert.False(Required("ContentPublishedEvent", "ContentTypeFilter"));
        Assert.Equal("AvailableOutcomes", activities["ScriptTask"].GetProperty("outcomesProperty").GetString());
        Assert.Equal("Actions", activities["UserTaskEvent"].GetProperty("outcomesProperty").GetString());
        Assert.Equal(JsonValueKind.Null, activities["IfElseTask"].GetProperty("outcomesProperty").ValueKind);
    }

    private static JsonObject PublishedToLog(string id) => Type(id, "Log on publish",
        [("publish", "ContentPublishedEvent", """{ "ContentTypeFilter": ["Page"] }"""), ("log", "LogTask", """{ "LogLevel": "Information", "Text": { "Expression": "Published {{ ContentItem.DisplayText }}" } }""")],
        [("publish", "Done", "log")]);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SaveAsync(BrowserSession session, string formPage, JsonObject type, bool expectJson = true)
    {
        var response = await session.SubmitAsync(formPage, Save, new() { ["workflow"] = type.ToJsonString() });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, text[..Math.Min(text.Length, 3000)]);
        return (response.StatusCode, expectJson ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}
