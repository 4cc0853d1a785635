using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>
/// Public pages render each part and field through its own view, placed in zones by code
/// defaults and by the tenant's placement rules (Orchard's <c>Placements</c> step or the admin);
/// a module can replace a type's whole layout; the editor goes through the same views.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContentPlacementTests(PortalFactory portal)
{
    private readonly PlacementSite _site = new(portal);
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_page_shows_its_parts_and_fields_through_their_views_in_placement_order(string provider)
    {
        var tenant = await _site.TenantAsync(provider);
        var path = await _site.CreateArticleAsync(tenant, "placementart01", "Guide du télétravail");

        var html = await _site.PageAsync(tenant, path);
        PlacementSite.InOrder(html, "<header><h1>Guide du télétravail</h1>", "</header>", "<p class=\"body\">Corps de Guide du télétravail</p>",
            "Sous-titre", "Sous-titre de Guide du télétravail", "<span class=\"content-field-label\">Pages</span>", "42");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("Voir aussi", html);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_placements_step_hides_a_field_and_moves_another_and_is_exported(string provider)
    {
        var tenant = await _site.TenantAsync(provider);
        var path = await _site.CreateArticleAsync(tenant, "placementart02", "Rapport annuel");
        Assert.Contains("Sous-titre de Rapport annuel", await _site.PageAsync(tenant, path));

        using var api = portal.Api();
        var step = await PlacementSite.PostRecipeAsync(api, tenant, PlacementSite.PlacementsStep(new JsonObject
        {
            ["TextField"] = new JsonArray(new JsonObject { ["differentiator"] = "PlacementArticle-Subtitle", ["place"] = "-" }),
            ["NumericField"] = new JsonArray(new JsonObject { ["place"] = "Header:2", ["contentType"] = new JsonArray("PlacementArticle"), ["displayType"] = "Detail" }),
            ["HtmlBodyPart"] = new JsonArray(new JsonObject { ["place"] = "Content:1#Main", ["wrappers"] = new JsonArray("Card") }),
        }));
        var result = await step.Content.ReadAsStringAsync();
        Assert.True(step.StatusCode == HttpStatusCode.OK, result);

        // Orchard's editor tabs and wrappers are ours to ignore, with a warning rather than a failure.
        Assert.Contains("#Main", result);
        Assert.Contains("wrappers", result);

        // The page was in the output cache: the rules must reach visitors at once.
        var html = await _site.PageAsync(tenant, path);
        Assert.DoesNotContain("Sous-titre de Rapport annuel", html);
        PlacementSite.InOrder(html, "<header>", "<h1>Rapport annuel</h1>", "<span class=\"content-field-label\">Pages</span>", "</header>", "Corps de Rapport annuel");

        var export = await api.GetStringAsync($"{tenant.Path}/api/recipes/export");
        var exported = JsonNode.Parse(export)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Placements")!;
        Assert.Equal("-", exported["Placements"]!["TextField"]![0]!["place"]!.GetValue<string>());
        Assert.Equal("PlacementArticle", exported["Placements"]!["NumericField"]![0]!["contentType"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_invalid_placements_step_fails_with_its_index_and_name_and_nothing_is_stored(string provider)
    {
        var tenant = await _site.TenantAsync(provider);
        var path = await _site.CreateArticleAsync(tenant, "placementart03", "Charte graphique");
        using var api = portal.Api();

        // The first step is valid and would hide the subtitle: the failing second one undoes it.
        var recipe = new JsonObject
        {
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "Placements", ["Placements"] = new JsonObject { ["TextField"] = new JsonArray(new JsonObject { ["place"] = "-" }) } },
                new JsonObject { ["name"] = "Placements", ["Placements"] = new JsonObject { ["NumericField"] = new JsonArray(new JsonObject { ["place"] = "Content:cinq" }) } }),
        };
        var refused = await PlacementSite.PostRecipeAsync(api, tenant, recipe.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, problem.GetProperty("stepIndex").GetInt32());
        Assert.Equal("Placements", problem.GetProperty("stepName").GetString());
        Assert.Contains("NumericField[0]", problem.GetProperty("title").GetString());

        Assert.Contains("Sous-titre de Charte graphique", await _site.PageAsync(tenant, path));
        Assert.DoesNotContain("\"Placements\"", await api.GetStringAsync($"{tenant.Path}/api/recipes/export"));

        foreach (var bad in new[] { "[]", "{\"TextField\": {\"place\": \"-\"}}", "{\"TextField\": [{\"displayType\": \"Detail\"}]}", "{\"Text Field\": []}", "{\"TextField\": [{\"place\": \"-\", \"contentType\": 5}]}" })
        {
            var step = await PlacementSite.PostRecipeAsync(api, tenant, $"{{\"steps\": [{{\"name\": \"Placements\", \"Placements\": {bad}}}]}}");
            Assert.True(step.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)step.StatusCode} {await step.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task A_type_level_view_from_another_module_replaces_the_layout()
    {
        var tenant = await _site.TenantAsync();
        using var api = portal.Api();
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "PlacementLanding",
            ["TitlePart"] = new JsonObject { ["Title"] = "Bienvenue" },
            ["PlacementLanding"] = new JsonObject { ["Tagline"] = new JsonObject { ["Text"] = "Le portail des compétences" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var html = await _site.PageAsync(tenant, "landing/bienvenue");
        PlacementSite.InOrder(html, "<section class=\"landing-layout\" data-type=\"PlacementLanding\">", "<div class=\"landing-header\"><h1>Bienvenue</h1>", "<div class=\"landing-body\">", "Le portail des compétences");
        Assert.DoesNotContain("<article class=\"content-item", html);

        // The other types keep the default layout.
        Assert.Contains("<article class=\"content-item content-placementarticle\">", await _site.PageAsync(tenant, await _site.CreateArticleAsync(tenant, "placementart04", "Autre")));
    }

    [Fact]
    public async Task An_administrator_edits_placements_and_the_editor_uses_the_edit_views()
    {
        var tenant = await _site.TenantAsync();
        var path = await _site.CreateArticleAsync(tenant, "placementart09", "Note de service");
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("admin/templates/placements", await admin.PageAsync("/admin/templates"));

        var broken = await admin.SubmitAsync("/admin/templates/placements", "/admin/templates/placements", new() { ["placements"] = "{\"TextField\": [{\"place\": \"Content:x\"}]}" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("TextField[0]", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()));

        var saved = await admin.SubmitAsync("/admin/templates/placements", "/admin/templates/placements", new() { ["placements"] = "{\"TextField\": [{\"place\": \"-\", \"contentType\": \"PlacementArticle\"}]}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Sous-titre de Note de service", await _site.PageAsync(tenant, path));
        Assert.Contains("PlacementArticle", await admin.PageAsync("/admin/templates/placements"));

        // The editor renders each field through its Edit view, with the form names the admin binds.
        var editor = await admin.PageAsync("/admin/contents/placementart09/edit");
        Assert.Contains("name=\"PlacementArticle.Subtitle.Text\" value=\"Sous-titre de Note de service\"", editor);
        Assert.Contains("name=\"PlacementArticle.Related.ContentItemIds\"", editor);
        Assert.Contains("name=\"TitlePart.Title\"", editor);

        // A type's own Edit view from another module wins over the kind's.
        var landing = await admin.PageAsync("/admin/contents/create/PlacementLanding");
        Assert.Contains("name=\"PlacementLanding.Tagline.Text\"", landing);
        Assert.Contains("class=\"landing-editor\"", landing);
        Assert.Contains("name=\"TitlePart.Title\"", landing);
    }
}
