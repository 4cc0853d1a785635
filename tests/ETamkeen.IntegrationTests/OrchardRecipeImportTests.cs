using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>Real Orchard Core recipes, written by no one here, import into a fresh tenant.</summary>
[Collection(PortalCollection.Name)]
public sealed class OrchardRecipeImportTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_blog_recipe_lands_every_definition_and_item_and_a_post_answers_at_its_path(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();

        var run = await RunAsync(api, tenant, "blog.recipe.json");

        var types = await TypeNamesAsync(tenant);
        foreach (var type in new[] { "Article", "BlogPost", "Blog", "Container", "Blockquote", "Image", "Paragraph", "RawHtml", "Page", "Tag", "Category" })
        {
            Assert.Contains(type, types);
        }

        Assert.Equal(1, await CountAsync(tenant, "BlogPost"));
        Assert.Equal(1, await CountAsync(tenant, "Blog"));
        Assert.Equal(1, await CountAsync(tenant, "Article"));
        Assert.Equal(2, await CountAsync(tenant, "Taxonomy"));
        Assert.Equal(1, await CountAsync(tenant, "Menu"));
        Assert.Equal(1, await CountAsync(tenant, "RawHtml"));

        var post = await api.GetAsync($"{tenant.Path}/en/blog/post-1");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync();
        Assert.Contains("Man must explore, and this is exploration at its greatest", html);
        Assert.Contains("Never in all their history have men been able truly to conceive of the world as one", html);

        // Orchard modules we don't have, and steps we don't handle, are reported, not fatal.
        Assert.Contains(run.Warnings, w => w.Contains("OrchardCore.Themes", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Warnings, w => w.Contains("'themes' is not supported", StringComparison.Ordinal));
        Assert.Contains("ETamkeen.Theme", await tenant.EnabledFeaturesAsync());
        Assert.Contains(run.Warnings, w => w.Contains("'queries' is not supported", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Warnings, w => w.Contains("OrchardCore.Autoroute", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_agency_recipe_lands_its_definitions_and_its_landing_page()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();

        var run = await RunAsync(api, tenant, "agency.recipe.json");

        var types = await TypeNamesAsync(tenant);
        foreach (var type in new[] { "Page", "LandingPage", "Service", "Project", "Milestone", "TeamMember", "Client", "RawHtml", "Blockquote", "Container", "Image", "Paragraph" })
        {
            Assert.Contains(type, types);
        }

        Assert.Equal(1, await CountAsync(tenant, "LandingPage"));
        Assert.Equal(1, await CountAsync(tenant, "Menu"));
        Assert.Equal(1, await CountAsync(tenant, "RawHtml"));
        Assert.Contains(run.Warnings, w => w.Contains("Snippets/landingpage.liquid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_headless_recipe_runs_with_its_missing_features_reported()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();
        var run = await RunAsync(api, tenant, "headless.recipe.json");
        Assert.Contains(run.Warnings, w => w.Contains("OrchardCore.Apis.GraphQL", StringComparison.Ordinal));
        Assert.Contains("ETamkeen.Contents", await tenant.EnabledFeaturesAsync());
    }

    [Fact]
    public async Task A_recipe_that_is_not_json_or_fails_a_step_says_where()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();

        var broken = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("{ \"steps\": [ { \"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not valid JSON", await broken.Content.ReadAsStringAsync());

        var failing = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("""
            { "steps": [
                { "name": "feature", "enable": ["ETamkeen.Contents"] },
                { "name": "content", "data": [ { "ContentType": "Menu", "ContentItemId": "x", "TitlePart": { "Title": 42 } } ] }
            ] }
            """, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, failing.StatusCode);
        var problem = await failing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, problem.GetProperty("stepIndex").GetInt32());
        Assert.Equal("content", problem.GetProperty("stepName").GetString());
        Assert.Contains("TitlePart.Title", problem.GetProperty("title").GetString());
    }

    private static async Task<RecipeRun> RunAsync(HttpClient api, TestTenant tenant, string fixture)
    {
        var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(Fixtures.OrchardRecipe(fixture), System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<RecipeRun>(body, JsonSerializerOptions.Web)!;
    }

    private static async Task<HashSet<string>> TypeNamesAsync(TestTenant tenant) =>
        [.. (await tenant.GetJsonAsync("/api/content-types")).EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];

    private static async Task<int> CountAsync(TestTenant tenant, string type) =>
        (await tenant.GetJsonAsync($"/api/content?type={type}&take=100")).GetProperty("total").GetInt32();

    private sealed record RecipeRun(string Recipe, int StepsRun, List<string> Warnings);
}
