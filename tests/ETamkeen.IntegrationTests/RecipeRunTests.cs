using System.Net;
using System.Net.Http.Json;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class RecipeRunTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_recipe_that_fails_on_an_existing_tenant_leaves_its_data_as_it_was(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents"]);
        using var api = portal.Api();
        var before = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("""
            { "steps": [ { "name": "content", "data": [
                { "ContentType": "Menu", "ContentItemId": "mainmenu", "TitlePart": { "Title": "Menu principal" }, "Published": true, "Latest": true } ] } ] }
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var failing = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("""
            { "steps": [
                { "name": "feature", "enable": ["ETamkeen.TestModule"] },
                { "name": "settings", "SiteName": "Renamed by a failing recipe" },
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "StudyTrip", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
                { "name": "content", "data": [
                    { "ContentType": "StudyTrip", "ContentItemId": "kigali", "TitlePart": { "Title": "Kigali 2022" }, "Published": true, "Latest": true },
                    { "ContentType": "Menu", "ContentItemId": "mainmenu", "TitlePart": { "Title": "Changed" }, "Published": true, "Latest": true } ] },
                { "name": "settings", "TimeZoneId": "Nowhere/Atlantis" }
            ] }
            """, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, failing.StatusCode);
        Assert.Contains("Step 4 'settings' failed", await failing.Content.ReadAsStringAsync());
        Assert.Equal("Site " + tenant.Name, (await tenant.GetJsonAsync("/api/site")).GetProperty("siteName").GetString());
        Assert.DoesNotContain("ETamkeen.TestModule", await tenant.EnabledFeaturesAsync());
        Assert.False(await portal.WithDatabaseAsync(tenant.Name, db => DatabaseInspector.TableExistsAsync(db, "NoteIndex")), "A table the failed run's migration created is gone.");
        Assert.DoesNotContain((await tenant.GetJsonAsync("/api/content-types")).EnumerateArray(), t => t.GetProperty("name").GetString() == "StudyTrip");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/content/kigali")).StatusCode);
        Assert.Equal("Menu principal", (await tenant.GetJsonAsync("/api/content/mainmenu")).GetProperty("DisplayText").GetString());

        // The tenant keeps working after the restore: new items get fresh ids and save.
        var next = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new { ContentType = "Menu", TitlePart = new { Title = "Pied de page" } });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(2, (await tenant.GetJsonAsync("/api/content?type=Menu")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_recipes_step_runs_shipped_recipes_and_warns_about_others()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "blank");
        using var api = portal.Api();
        var recipe = "{ \"steps\": [ { \"name\": \"recipes\", \"Values\": [ { \"executionid\": \"x\", \"name\": \"ministry\" }, { \"executionid\": \"y\", \"name\": \"blog.lucene.search\" } ] } ] }";
        var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("recipe 'blog.lucene.search' is not available", body);
        Assert.Contains("ETamkeen.Theme", await tenant.EnabledFeaturesAsync());
    }

    [Fact]
    public async Task A_recipe_that_is_not_json_is_refused_before_anything_runs()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();
        var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("{ \"steps\": [", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync());
    }
}
