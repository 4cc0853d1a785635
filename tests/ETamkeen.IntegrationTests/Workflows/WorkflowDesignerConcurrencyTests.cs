using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Two administrators edit one workflow: the second save, drawn from the older version, is refused instead of overwriting the first.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowDesignerConcurrencyTests(WorkflowPortalFactory portal)
{
    private const string Id = "concurrent0000000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_save_over_a_newer_version_is_refused_with_who_saved_when_and_nothing_is_lost(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var type = Type(Id, "Edited twice", [("start", "SignalEvent", Signal("twice")), ("log", "LogTask", """{ "LogLevel": "Information", "Text": { "Expression": "one" } }""")], [("start", "Done", "log")]);
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        using var first = await BrowserSession.SignInAsync(portal, tenant);
        using var second = await BrowserSession.SignInAsync(portal, tenant);

        // Both pages carry the version they were drawn from.
        Assert.Contains("data-version=\"1\"", await first.PageAsync($"/admin/workflows/{Id}/designer"));
        Assert.Contains("data-version=\"1\"", await second.PageAsync($"/admin/workflows/{Id}/designer"));

        type["Activities"]![1]!["X"] = 400;
        var (status, saved) = await SaveAsync(first, type, "1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, saved.GetProperty("version").GetInt32());

        var theirs = (JsonObject)type.DeepClone();
        theirs["Activities"]![1]!["Y"] = 900;
        (status, var refused) = await SaveAsync(second, theirs, "1");
        Assert.Equal(HttpStatusCode.Conflict, status);
        var message = refused.GetProperty("title").GetString()!;
        Assert.StartsWith("Someone saved this workflow at ", message, StringComparison.Ordinal);
        Assert.Contains("(version 2)", message);
        Assert.Contains("reload to see their changes", message);
        Assert.Equal(message, Assert.Single(refused.GetProperty("problems").EnumerateArray()).GetProperty("message").GetString());

        var stored = await tenant.GetJsonAsync($"/api/workflows/types/{Id}");
        Assert.Equal((400, 50), (stored.GetProperty("Activities")[1].GetProperty("X").GetInt32(), stored.GetProperty("Activities")[1].GetProperty("Y").GetInt32()));
        Assert.Equal(2, (await tenant.GetJsonAsync("/api/workflows/types")).EnumerateArray().Single().GetProperty("Version").GetInt32());

        // Reloaded, the second editor saves on top of version 2; a version that isn't a number is refused too.
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(second, theirs, "2")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await SaveAsync(second, theirs, "two")).Status);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SaveAsync(BrowserSession session, JsonObject type, string version)
    {
        var response = await session.SubmitAsync($"/admin/workflows/{Id}/designer", "/admin/workflows/designer/save", new() { ["workflow"] = type.ToJsonString(), ["version"] = version });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
