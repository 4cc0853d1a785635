using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using ETamkeen.IntegrationTests.Harness;
using Npgsql;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class TenantProvisioningTests(PortalFactory portal)
{
    public static TheoryData<string, string, string> BadRequests => new()
    {
        { """{"name":"9lives","urlPrefix":"x9","recipe":"blank","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "name", "starts with a letter" },
        { """{"name":"Reserved","urlPrefix":"api","recipe":"blank","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "urlPrefix", "used by the portal" },
        { """{"name":"NoRoute","recipe":"blank","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "urlPrefix", "needs a URL prefix" },
        { """{"name":"BadDb","urlPrefix":"baddb","recipe":"blank","databaseProvider":"Oracle","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "databaseProvider", "Unknown database provider" },
        { """{"name":"NoCs","urlPrefix":"nocs","recipe":"blank","databaseProvider":"Postgres","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "databaseProvider", "needs a connection string" },
        { """{"name":"NoRecipe","urlPrefix":"norecipe","recipe":"nope","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "recipe", "No recipe named 'nope'" },
        { """{"name":"WeakPw","urlPrefix":"weakpw","recipe":"blank","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"short"}""", "adminPassword", "at least 10" },
        { """{"name":"BadMail","urlPrefix":"badmail","recipe":"blank","adminUserName":"a","adminEmail":"nope","adminPassword":"Passw0rd!2026"}""", "adminEmail", "valid administrator e-mail" },
        { """{"name":"BadHost","hostNames":["not a host"],"recipe":"blank","adminUserName":"a","adminEmail":"a@b.ma","adminPassword":"Passw0rd!2026"}""", "hostNames", "Not a host name" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_tenant_requests_get_400_naming_the_field_and_nothing_is_made(string body, string field, string message)
    {
        using var api = portal.Api();
        var before = Directory.GetDirectories(Path.Combine(portal.AppData, "Sites")).Length;

        var response = await api.PostAsync("/api/tenants", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetDirectories(Path.Combine(portal.AppData, "Sites")).Length);
        var name = JsonDocument.Parse(body).RootElement.GetProperty("name").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/tenants/{name}")).StatusCode);
    }

    [Fact]
    public async Task Unreadable_json_gets_400_not_500()
    {
        using var api = portal.Api();
        var response = await api.PostAsync("/api/tenants", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_failing_recipe_step_leaves_no_tenant_folder_or_database_and_others_keep_serving(string provider)
    {
        var bystander = await portal.CreateTenantAsync(provider, recipe: "ministry");
        var name = "Broken" + Guid.NewGuid().ToString("N")[..8];
        var recipe = """
            {
              // a working step, then one that fails
              "name": "broken",
              "steps": [
                { "name": "feature", "enable": ["ETamkeen.TestModule", "OrchardCore.Lucene"] },
                { "name": "settings", "TimeZoneId": "Mars/Olympus_Mons" },
              ]
            }
            """;
        var request = JsonSerializer.SerializeToNode(PortalFactory.SetupRequest(name, provider, "blank", name.ToLowerInvariant()))!.AsObject();
        request["recipeJson"] = recipe;
        using var api = portal.Api();

        var response = await api.PostAsJsonAsync("/api/tenants", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Step 1 'settings' failed", body);
        Assert.Contains("Mars/Olympus_Mons", body);
        Assert.False(Directory.Exists(Path.Combine(portal.AppData, "Sites", name)));
        Assert.DoesNotContain(name, await File.ReadAllTextAsync(Path.Combine(portal.AppData, "tenants.json")));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/tenants/{name}")).StatusCode);
        if (provider == Databases.Postgres)
        {
            await using var connection = new NpgsqlConnection(Databases.PostgresConnectionString);
            var schemas = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = @schema", new { schema = "etk_" + name.ToLowerInvariant() });
            Assert.Equal(0, schemas);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{bystander.Path}/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/")).StatusCode);

        // The name is free again: the failed attempt left no reservation behind.
        var retry = await api.PostAsJsonAsync("/api/tenants", PortalFactory.SetupRequest(name, provider, "blank", name.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    [Fact]
    public async Task A_recipe_step_or_feature_we_lack_is_a_warning_and_the_rest_runs()
    {
        var name = "Orchard" + Guid.NewGuid().ToString("N")[..8];
        var request = JsonSerializer.SerializeToNode(PortalFactory.SetupRequest(name, Databases.Sqlite, "blank", name.ToLowerInvariant()))!.AsObject();
        request["recipeJson"] = """
            { "name": "mixed", "steps": [
                { "name": "Feature", "enable": ["OrchardCore.Lucene", "ETamkeen.Settings"] },
                { "name": "Layers", "Layers": [] },
                { "name": "SETTINGS", "SiteName": "Recette mixte" }
            ] }
            """;
        using var api = portal.Api();
        var response = await api.PostAsJsonAsync("/api/tenants", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var warnings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("OrchardCore.Lucene", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w!.Contains("'Layers'", StringComparison.Ordinal));
        var site = await (await api.GetAsync($"/{name.ToLowerInvariant()}/api/site")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Site " + name, site.GetProperty("siteName").GetString());
    }

    [Fact]
    public async Task Two_concurrent_creations_of_one_name_make_one_tenant_and_one_409()
    {
        var name = "Twin" + Guid.NewGuid().ToString("N")[..8];
        using var api = portal.Api();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            api.PostAsJsonAsync("/api/tenants", PortalFactory.SetupRequest(name, Databases.Sqlite, "ministry", name.ToLowerInvariant() + i))));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], attempts.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/tenants/{name}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Removing_a_tenant_removes_its_data_and_its_routes(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();
        Assert.True(Directory.Exists(Path.Combine(portal.AppData, "Sites", tenant.Name)));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/tenants/{tenant.Name}")).StatusCode);

        Assert.False(Directory.Exists(Path.Combine(portal.AppData, "Sites", tenant.Name)));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/tenants/{tenant.Name}")).StatusCode);
        Assert.DoesNotContain("Site " + tenant.Name, await (await api.GetAsync($"{tenant.Path}/")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.DeleteAsync("/api/tenants/Default")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync("/api/tenants/Default/disable", null)).StatusCode);
    }

    [Fact]
    public async Task The_tenant_list_pages_and_searches_without_building_shells()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        await portal.Shells.ReleaseAsync(tenant.Name);
        using var api = portal.Api();

        var found = await (await api.GetAsync($"/api/tenants?q={tenant.Name[..8]}&take=5")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), t => t.GetProperty("name").GetString() == tenant.Name);
        Assert.Equal(5, found.GetProperty("take").GetInt32());
        Assert.False(portal.Shells.IsBuilt(tenant.Name));

        var page = await (await api.GetAsync("/api/tenants?skip=0&take=1")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal("Default", page.GetProperty("items")[0].GetProperty("name").GetString());
    }
}
