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
        var secondAppData = Path.Combine(Path.GetTempPath(), "etk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(secondAppData, "Sites", tenant.Name));
        var tenants = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(portal.AppData, "tenants.json")))!.AsObject();
        var entry = tenants.First(t => string.Equals(t.Key, tenant.Name, StringComparison.OrdinalIgnoreCase));
        await File.WriteAllTextAsync(Path.Combine(secondAppData, "tenants.json"), new JsonObject { [entry.Key] = entry.Value!.DeepClone() }.ToJsonString());
        File.Copy(Path.Combine(portal.AppData, "Sites", tenant.Name, "appsettings.json"), Path.Combine(secondAppData, "Sites", tenant.Name, "appsettings.json"));

        // The second node keeps the shared schema when it stops: the first one owns it.
        using var second = PortalFactory.Restart(secondAppData);
        second.KeepAppData = true;
        using var secondApi = second.Api();
        try
        {
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
        finally
        {
            second.Dispose();
            try
            {
                Directory.Delete(secondAppData, recursive: true);
            }
            catch (IOException)
            {
                // A file still closing; the temp folder is cleaned by the OS.
            }
        }
    }

    private static async Task ImportOnAsync(HttpClient node, TestTenant tenant, JsonObject type)
    {
        var recipe = new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(type.DeepClone()) }) };
        var response = await node.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
