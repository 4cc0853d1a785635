using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Tenants with workflows on, types imported by the WorkflowType step, and instances read through the API.</summary>
public static class WorkflowSite
{
    public static Task<TestTenant> TenantAsync(PortalFactory portal, string provider) =>
        portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Email", "ETamkeen.Workflows"]);

    /// <summary>A workflow type in Orchard's shape from (id, name, properties JSON) activities, the first the start, and (from, outcome, to) transitions.</summary>
    public static JsonObject Type(string id, string name, IEnumerable<(string Id, string Name, string Properties)> activities, IEnumerable<(string From, string Outcome, string To)> transitions) => new()
    {
        ["WorkflowTypeId"] = id,
        ["Name"] = name,
        ["IsEnabled"] = true,
        ["IsSingleton"] = false,
        ["DeleteFinishedWorkflows"] = false,
        ["Activities"] = new JsonArray([.. activities.Select((a, i) => (JsonNode)new JsonObject
        {
            ["ActivityId"] = a.Id,
            ["Name"] = a.Name,
            ["X"] = 100 * i,
            ["Y"] = 50,
            ["IsStart"] = i == 0,
            ["Properties"] = JsonNode.Parse(a.Properties),
        })]),
        ["Transitions"] = new JsonArray([.. transitions.Select(t => (JsonNode)new JsonObject
        {
            ["SourceActivityId"] = t.From,
            ["SourceOutcomeName"] = t.Outcome,
            ["DestinationActivityId"] = t.To,
        })]),
    };

    public static string Signal(string name) => $$"""{ "SignalName": { "Expression": "{{name}}" } }""";

    public static Task<HttpResponseMessage> ImportAsync(TestTenant tenant, params JsonObject[] types) =>
        RecipeAsync(tenant, new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray([.. types.Select(t => (JsonNode)t)]) }) }.ToJsonString());

    public static async Task<HttpResponseMessage> RecipeAsync(TestTenant tenant, string recipe)
    {
        using var api = tenant.Api();
        return await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
    }

    public static async Task ImportOkAsync(TestTenant tenant, params JsonObject[] types)
    {
        var response = await ImportAsync(tenant, types);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task SignalAsync(TestTenant tenant, string name, string? correlationId = null, HttpClient? client = null, bool exclusive = false)
    {
        using var own = client is null ? tenant.Api() : null;
        var query = $"?correlationId={correlationId}{(exclusive ? "&exclusive=true" : "")}";
        var response = await (client ?? own!).PostAsync($"{tenant.Path}/api/workflows/signal/{name}{query}", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Signal {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<IReadOnlyList<JsonElement>> InstancesAsync(TestTenant tenant, string typeId) =>
        [.. (await tenant.GetJsonAsync($"/api/workflows/types/{typeId}/instances")).EnumerateArray()];

    public static Task<JsonElement> InstanceAsync(TestTenant tenant, string workflowId) => tenant.GetJsonAsync($"/api/workflows/instances/{workflowId}");

    public static async Task<JsonElement> SingleInstanceAsync(TestTenant tenant, string typeId) =>
        await InstanceAsync(tenant, Assert.Single(await InstancesAsync(tenant, typeId)).GetProperty("WorkflowId").GetString()!);

    /// <summary>Waits for what the background scheduler (every second in tests) does.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < until, "Timed out waiting for " + what);
            await Task.Delay(200);
        }
    }

    public static string Status(JsonElement instance) => instance.GetProperty("Status").GetString()!;

    public static JsonElement Output(JsonElement instance, string name) => instance.GetProperty("State").GetProperty("Output").GetProperty(name);

    public static async Task<string> CreatePageAsync(TestTenant tenant, string title, bool publish = true)
    {
        using var api = tenant.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content{(publish ? "" : "?draft=true")}", new JsonObject
        {
            ["ContentType"] = "Page",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Saving {title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
    }
}
