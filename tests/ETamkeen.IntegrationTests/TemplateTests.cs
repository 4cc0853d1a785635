using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>An administrator's Liquid template overrides a type's page, sandboxed: a bad template never breaks the page.</summary>
[Collection(PortalCollection.Name)]
public sealed class TemplateTests(PortalFactory portal)
{
    private const string Definitions = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Contents"] },
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "Notice", "DisplayName": "Notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "avis/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "Notice", "Name": "Notice" } ] } ],
            "ContentParts": [ { "Name": "Notice", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Office" } ] } ] }
        ] }
        """;

    private async Task<TestTenant> TenantAsync()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Contents", "ETamkeen.Admin"]);
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, Definitions)).StatusCode);
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "Notice",
            ["TitlePart"] = new JsonObject { ["Title"] = "Fermeture annuelle" },
            ["Notice"] = new JsonObject { ["Office"] = new JsonObject { ["Text"] = "Bureau de Rabat" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return tenant;
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient api, TestTenant tenant, string recipe) =>
        api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));

    private static string TemplatesStep(string content) =>
        new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "Templates", ["Templates"] = new JsonObject { ["Content__Notice"] = new JsonObject { ["Content"] = content, ["Description"] = null } } }) }.ToJsonString();

    private async Task<string> PageAsync(TestTenant tenant)
    {
        using var anonymous = portal.Anonymous();
        var page = await anonymous.GetAsync($"{tenant.Path}/fr/avis/fermeture-annuelle");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    [Fact]
    public async Task A_templates_step_makes_the_page_render_the_template()
    {
        var tenant = await TenantAsync();
        using var api = portal.Api();
        var step = await PostRecipeAsync(api, tenant, TemplatesStep(
            "<h2 class=\"tpl\">{{ Model.ContentItem.Content.TitlePart.Title }}</h2><p class=\"office\">{{ Model.ContentItem.Notice.Office.Text | t }} / {{ Model.ContentItem | display_text | slugify }}</p>"));
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);

        var html = await PageAsync(tenant);
        Assert.Contains("<h2 class=\"tpl\">Fermeture annuelle</h2>", html);
        Assert.Contains("Bureau de Rabat / fermeture-annuelle", html);

        // Export carries the template, so import round-trips it.
        var export = await api.GetStringAsync($"{tenant.Path}/api/recipes/export");
        Assert.Contains("Content__Notice", export);
        Assert.Contains("\"Templates\"", export);
    }

    [Theory]
    [InlineData("{{ for x in (1..1000000) }}x{{ end }}")]
    [InlineData("{{ for x in (1..9000) }}{{ for y in (1..9000) }}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa{{ end }}{{ end }}")]
    [InlineData("{{ Model.ContentItem.DisplayText | divided_by: 0 }}")]
    public async Task A_failing_template_gives_the_default_page_without_the_error(string template)
    {
        var tenant = await TenantAsync();
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, TemplatesStep(template))).StatusCode);

        var html = await PageAsync(tenant);
        Assert.Contains("Fermeture annuelle", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("limit", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Le modèle de cette page comporte une erreur", html);
    }

    [Fact]
    public async Task Script_in_a_template_never_reaches_the_page()
    {
        var tenant = await TenantAsync();
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, TemplatesStep(
            "<p onclick=\"alert(1)\">{{ Model.ContentItem.DisplayText }}</p><script>alert('x')</script><a href=\"javascript:alert(2)\">x</a>"))).StatusCode);

        var html = await PageAsync(tenant);
        Assert.Contains("Fermeture annuelle", html);
        Assert.DoesNotContain("alert", html);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_by_the_recipe_with_the_step_named()
    {
        var tenant = await TenantAsync();
        using var api = portal.Api();
        var refused = await PostRecipeAsync(api, tenant, TemplatesStep("{% for x in %}{{ oops"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Templates", problem.GetProperty("stepName").GetString());
        Assert.Contains("Content__Notice", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_administrator_creates_edits_and_deletes_a_template_and_a_broken_one_is_refused()
    {
        var tenant = await TenantAsync();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("admin/templates", await admin.PageAsync("/admin"));

        var broken = await admin.SubmitAsync("/admin/templates/create", "/admin/templates/save", new() { ["name"] = "Content__Notice", ["content"] = "{% for x in %}{{ oops" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not valid Liquid", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()));

        var created = await admin.SubmitAsync("/admin/templates/create", "/admin/templates/save", new() { ["name"] = "Content__Notice", ["content"] = "<h2>Admin {{ Model.ContentItem.DisplayText }}</h2>", ["description"] = "Avis" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Admin Fermeture annuelle", await PageAsync(tenant));
        Assert.Contains("Content__Notice", await admin.PageAsync("/admin/templates"));

        var edited = await admin.SubmitAsync("/admin/templates/Content__Notice", "/admin/templates/save", new() { ["originalName"] = "Content__Notice", ["name"] = "Content__Notice", ["content"] = "<h2>Edited {{ Model.ContentItem.DisplayText }}</h2>" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Edited Fermeture annuelle", await PageAsync(tenant));

        // An administrator sees that a template fails; a visitor doesn't.
        await admin.SubmitAsync("/admin/templates/Content__Notice", "/admin/templates/save", new() { ["originalName"] = "Content__Notice", ["name"] = "Content__Notice", ["content"] = "{{ for x in (1..1000000) }}x{{ end }}" });
        // The page is French, and so is the notice.
        Assert.Contains("Le modèle de cette page comporte une erreur", await admin.PageAsync("/fr/avis/fermeture-annuelle"));

        var deleted = await admin.SubmitAsync("/admin/templates", "/admin/templates/Content__Notice/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var page = await PageAsync(tenant);
        Assert.DoesNotContain("Edited", page);
        Assert.Contains("Fermeture annuelle", page);
        Assert.DoesNotContain("templates/Content__Notice\"", await admin.PageAsync("/admin/templates"));
    }

    [Fact]
    public async Task One_tenants_template_does_not_change_another_tenants_page()
    {
        var a = await TenantAsync();
        var b = await TenantAsync();
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, a, TemplatesStep("<h2>Only on A</h2>"))).StatusCode);
        Assert.Contains("Only on A", await PageAsync(a));
        Assert.DoesNotContain("Only on A", await PageAsync(b));
    }

    [Fact]
    public async Task The_agency_templates_step_runs_with_a_warning_for_its_missing_side_file()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();
        var response = await PostRecipeAsync(api, tenant, Fixtures.OrchardRecipe("agency.recipe.json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("Snippets/landingpage.liquid", body);
        Assert.DoesNotContain("'Templates' is not supported", body, StringComparison.OrdinalIgnoreCase);
    }
}
