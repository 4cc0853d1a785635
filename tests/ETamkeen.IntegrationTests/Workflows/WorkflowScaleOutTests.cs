using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Two web nodes on one PostgreSQL database: a type disabled or changed on one is what the other's next event runs, despite its cached copy.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowScaleOutTests(WorkflowPortalFactory portal)
{
    private const string Id = "scaleout000000000000000001";

    [Fact]
    public async Task A_type_changed_on_one_node_is_what_the_other_node_runs_next()
    {
        if (string.IsNullOrEmpty(Databases.PostgresConnectionString))
        {
            return;
        }

        var tenant = await TenantAsync(portal, Databases.Postgres);
        var type = Type(Id, "Two nodes", [("start", "SignalEvent", Signal("nodes")), ("out", "SetOutputTask", """{ "OutputName": "v", "Value": { "Expression": "1" } }""")], [("start", "Done", "out")]);
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        using var second = await portal.SecondNodeAsync(tenant);
        using var secondApi = second.Api();

        // Both nodes run the type once, so both have it cached.
        await SignalAsync(tenant, "nodes");
        await SignalAsync(tenant, "nodes", client: secondApi);
        Assert.Equal(2, (await InstancesAsync(tenant, Id)).Count);

        // Disabled on the second node: the first starts nothing.
        type["IsEnabled"] = false;
        await ImportOnAsync(secondApi, tenant, type);
        await SignalAsync(tenant, "nodes");
        Assert.Equal(2, (await InstancesAsync(tenant, Id)).Count);

        // Changed and enabled on the first: the second runs the new version.
        type["IsEnabled"] = true;
        type["Activities"]![1]!["Properties"]!["Value"] = new JsonObject { ["Expression"] = "2" };
        await ImportOkAsync(tenant, (JsonObject)type.DeepClone());
        await SignalAsync(tenant, "nodes", client: secondApi);
        var instances = await InstancesAsync(tenant, Id);
        Assert.Equal(3, instances.Count);
        var latest = instances.MaxBy(i => i.GetProperty("TypeVersion").GetInt32());
        Assert.Equal(2, Output(await InstanceAsync(tenant, latest.GetProperty("WorkflowId").GetString()!), "v").GetInt32());
    }

    private static async Task ImportOnAsync(HttpClient node, TestTenant tenant, JsonObject type)
    {
        var recipe = new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(type.DeepClone()) }) };
        var response = await node.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
