using System.Net;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>The content tasks that read and publish items a workflow names.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowContentTaskTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task PublishContentTask_publishes_the_named_draft_and_reports_a_missing_item(string provider)
    {
        var (tenant, draft, found, missing) = await RunOnDraftAndMissingAsync(provider, "PublishContentTask", "Published", "'published ' + lastResult().DisplayText", "Appel à candidatures");
        Assert.Equal("published Appel à candidatures", Output(found, "result").GetString());
        Assert.Equal("not found", Output(missing, "result").GetString());
        var published = await tenant.GetJsonAsync($"/api/content/{draft}");
        Assert.True(published.GetProperty("Published").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task RetrieveContentTask_reads_the_latest_version_of_the_named_item(string provider)
    {
        var (_, draft, read, missing) = await RunOnDraftAndMissingAsync(provider, "RetrieveContentTask", "Retrieved", "lastResult().DisplayText + ' / ' + lastResult().ContentType + ' / ' + lastResult().Published", "Rapport annuel (brouillon)");
        Assert.Equal("Finished", Status(read));
        Assert.Equal("Rapport annuel (brouillon) / Page / false", Output(read, "result").GetString());
        Assert.Equal(draft, read.GetProperty("State").GetProperty("LastResult").GetProperty("ContentItemId").GetString());
        Assert.Equal("not found", Output(missing, "result").GetString());
    }

    /// <summary>A fresh tenant with a draft page; the task runs once on it and once on an id that names nothing.</summary>
    private async Task<(TestTenant Tenant, string Draft, JsonElement Found, JsonElement Missing)> RunOnDraftAndMissingAsync(string provider, string task, string foundOutcome, string foundResult, string title)
    {
        var tenant = await TenantAsync(portal, provider);
        var typeId = (task.ToLowerInvariant() + "00000000000000000000000000")[..28];
        await ImportOkAsync(tenant, OnItem(typeId, "run", task, foundOutcome, foundResult));
        var draft = await CreatePageAsync(tenant, title, publish: false);
        using var api = tenant.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/content/{draft}")).StatusCode);

        await SignalAsync(tenant, "run", draft);
        await SignalAsync(tenant, "run", "no-such-item");
        var byCorrelation = (await InstancesAsync(tenant, typeId)).ToDictionary(i => i.GetProperty("CorrelationId").GetString()!, i => i.GetProperty("WorkflowId").GetString()!);
        return (tenant, draft, await InstanceAsync(tenant, byCorrelation[draft]), await InstanceAsync(tenant, byCorrelation["no-such-item"]));
    }

    /// <summary>Signal → the task on the item whose id is the correlation id → output <c>result</c>: the expression when found, "not found" else.</summary>
    private static System.Text.Json.Nodes.JsonObject OnItem(string typeId, string signal, string task, string foundOutcome, string foundResult) => Type(typeId, task + " on demand",
        [
            ("start", "SignalEvent", Signal(signal)),
            ("task", task, """{ "Content": { "Expression": "correlationId()" } }"""),
            ("found", "SetOutputTask", JsonSerializer.Serialize(new { OutputName = "result", Value = new { Expression = foundResult } })),
            ("missing", "SetOutputTask", """{ "OutputName": "result", "Value": { "Expression": "'not found'" } }"""),
        ],
        [("start", "Done", "task"), ("task", foundOutcome, "found"), ("task", "NotFound", "missing")]);
}
