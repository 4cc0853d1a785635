using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>
/// Public pages render each part and field through its own view, placed in zones by code
/// defaults and by the tenant's placement rules (Orchard's <c>Placements</c> step or the admin);
/// a module can replace a type's whole layout, and picked items show as summaries.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContentPlacementTests(PortalFactory portal)
{
    private const string Definitions = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Contents"] },
          { "name": "ContentDefinition",
            "ContentTypes": [
              { "Name": "PlacementArticle", "DisplayName": "Article",
                "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart" },
                  { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "articles/{{ Model.ContentItem | display_text | slugify }}" } } },
                  { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                  { "PartName": "ContainedPart", "Name": "ContainedPart" },
                  { "PartName": "PlacementArticle", "Name": "PlacementArticle" } ] },
              { "Name": "PlacementBlog", "DisplayName": "Blog",
                "Settings": { "ContentTypeSettings": { "Creatable": true } },
                "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart" },
                  { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "blog/{{ Model.ContentItem | display_text | slugify }}" } } },
                  { "PartName": "ListPart", "Name": "ListPart" } ] },
              { "Name": "PlacementLanding", "DisplayName": "Landing",
                "Settings": { "ContentTypeSettings": { "Creatable": true } },
                "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart" },
                  { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "landing/{{ Model.ContentItem | display_text | slugify }}" } } },
                  { "PartName": "PlacementLanding", "Name": "PlacementLanding" } ] } ],
            "ContentParts": [
              { "Name": "PlacementArticle", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Sous-titre", "Position": "0" } } },
                  { "FieldName": "NumericField", "Name": "Pages", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Pages", "Position": "1" } } },
                  { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Voir aussi", "Position": "2" } } } ] },
              { "Name": "PlacementLanding", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "TextField", "Name": "Tagline", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Accroche" } } } ] } ] }
        ] }
        """;

    private async Task<TestTenant> TenantAsync(string provider = Databases.Sqlite)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents", "ETamkeen.Admin"]);
        using var api = portal.Api();
        var response = await PostRecipeAsync(api, tenant, Definitions);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return tenant;
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient api, TestTenant tenant, string recipe) =>
        api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));

    private static string PlacementsStep(JsonObject placements) =>
        new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "Placements", ["Placements"] = placements }) }.ToJsonString();

    private async Task<string> CreateArticleAsync(TestTenant tenant, string id, string title, string[]? related = null, string? list = null, int order = 0, bool publish = true)
    {
        using var api = portal.Api();
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content{(publish ? "" : "?draft=true")}", new JsonObject
        {
            ["ContainedPart"] = list is null ? null : new JsonObject { ["ListContentItemId"] = list, ["Order"] = order },
            ["ContentItemId"] = id,
            ["ContentType"] = "PlacementArticle",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p class=\"body\">Corps de {title}</p><script>alert(1)</script>" },
            ["PlacementArticle"] = new JsonObject
            {
                ["Subtitle"] = new JsonObject { ["Text"] = $"Sous-titre de {title}" },
                ["Pages"] = new JsonObject { ["Value"] = 42 },
                ["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. (related ?? []).Select(r => JsonValue.Create(r))]) },
            },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("AutoroutePart").GetProperty("Path").GetString()!;
    }

    private async Task<string> PageAsync(TestTenant tenant, string path)
    {
        using var anonymous = portal.Anonymous();
        var page = await anonymous.GetAsync($"{tenant.Path}/fr/{path}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Each marker is found, and after the one before it.</summary>
    private static void InOrder(string html, params string[] markers)
    {
        var at = -1;
        foreach (var marker in markers)
        {
            var next = html.IndexOf(marker, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{marker}' is missing or not after the marker before it in:\n{html}");
            at = next;
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_page_shows_its_parts_and_fields_through_their_views_in_placement_order(string provider)
    {
        var tenant = await TenantAsync(provider);
        var path = await CreateArticleAsync(tenant, "placementart01", "Guide du télétravail");

        var html = await PageAsync(tenant, path);
        InOrder(html, "<header><h1>Guide du télétravail</h1>", "</header>", "<p class=\"body\">Corps de Guide du télétravail</p>",
            "Sous-titre", "Sous-titre de Guide du télétravail", "<span class=\"content-field-label\">Pages</span>", "42");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("Voir aussi", html);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_placements_step_hides_a_field_and_moves_another_and_is_exported(string provider)
    {
        var tenant = await TenantAsync(provider);
        var path = await CreateArticleAsync(tenant, "placementart02", "Rapport annuel");
        Assert.Contains("Sous-titre de Rapport annuel", await PageAsync(tenant, path));

        using var api = portal.Api();
        var step = await PostRecipeAsync(api, tenant, PlacementsStep(new JsonObject
        {
            ["TextField"] = new JsonArray(new JsonObject { ["differentiator"] = "PlacementArticle-Subtitle", ["place"] = "-" }),
            ["NumericField"] = new JsonArray(new JsonObject { ["place"] = "Header:2", ["contentType"] = new JsonArray("PlacementArticle"), ["displayType"] = "Detail" }),
        }));
        Assert.True(step.StatusCode == HttpStatusCode.OK, await step.Content.ReadAsStringAsync());

        // The page was in the output cache: the rules must reach visitors at once.
        var html = await PageAsync(tenant, path);
        Assert.DoesNotContain("Sous-titre de Rapport annuel", html);
        InOrder(html, "<header>", "<h1>Rapport annuel</h1>", "<span class=\"content-field-label\">Pages</span>", "</header>", "Corps de Rapport annuel");

        var export = await api.GetStringAsync($"{tenant.Path}/api/recipes/export");
        var exported = JsonNode.Parse(export)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Placements")!;
        Assert.Equal("-", exported["Placements"]!["TextField"]![0]!["place"]!.GetValue<string>());
        Assert.Equal("PlacementArticle", exported["Placements"]!["NumericField"]![0]!["contentType"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_invalid_placements_step_fails_with_its_index_and_name_and_nothing_is_stored(string provider)
    {
        var tenant = await TenantAsync(provider);
        var path = await CreateArticleAsync(tenant, "placementart03", "Charte graphique");
        using var api = portal.Api();

        // The first step is valid and would hide the subtitle: the failing second one undoes it.
        var recipe = new JsonObject
        {
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "Placements", ["Placements"] = new JsonObject { ["TextField"] = new JsonArray(new JsonObject { ["place"] = "-" }) } },
                new JsonObject { ["name"] = "Placements", ["Placements"] = new JsonObject { ["NumericField"] = new JsonArray(new JsonObject { ["place"] = "Content:cinq" }) } }),
        };
        var refused = await PostRecipeAsync(api, tenant, recipe.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, problem.GetProperty("stepIndex").GetInt32());
        Assert.Equal("Placements", problem.GetProperty("stepName").GetString());
        Assert.Contains("NumericField[0]", problem.GetProperty("title").GetString());

        Assert.Contains("Sous-titre de Charte graphique", await PageAsync(tenant, path));
        Assert.DoesNotContain("\"Placements\"", await api.GetStringAsync($"{tenant.Path}/api/recipes/export"));

        foreach (var bad in new[] { "[]", "{\"TextField\": {\"place\": \"-\"}}", "{\"TextField\": [{\"displayType\": \"Detail\"}]}", "{\"Text Field\": []}", "{\"TextField\": [{\"place\": \"-\", \"contentType\": 5}]}" })
        {
            var step = await PostRecipeAsync(api, tenant, $"{{\"steps\": [{{\"name\": \"Placements\", \"Placements\": {bad}}}]}}");
            Assert.True(step.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)step.StatusCode} {await step.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task A_type_level_view_from_another_module_replaces_the_layout()
    {
        var tenant = await TenantAsync();
        using var api = portal.Api();
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "PlacementLanding",
            ["TitlePart"] = new JsonObject { ["Title"] = "Bienvenue" },
            ["PlacementLanding"] = new JsonObject { ["Tagline"] = new JsonObject { ["Text"] = "Le portail des compétences" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var html = await PageAsync(tenant, "landing/bienvenue");
        InOrder(html, "<section class=\"landing-layout\" data-type=\"PlacementLanding\">", "<div class=\"landing-header\"><h1>Bienvenue</h1>", "<div class=\"landing-body\">", "Le portail des compétences");
        Assert.DoesNotContain("<article class=\"content-item", html);

        // The other types keep the default layout.
        Assert.Contains("<article class=\"content-item content-placementarticle\">", await PageAsync(tenant, await CreateArticleAsync(tenant, "placementart04", "Autre")));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Picked_items_show_as_summaries_placed_by_summary_rules(string provider)
    {
        var tenant = await TenantAsync(provider);
        var targetPath = await CreateArticleAsync(tenant, "placementart05", "Étude de cas");
        var path = await CreateArticleAsync(tenant, "placementart06", "Synthèse", related: ["placementart05"]);

        var html = await PageAsync(tenant, path);
        InOrder(html, "<h1>Synthèse</h1>", "Voir aussi", "<article class=\"content-summary content-placementarticle\">",
            $"<a href=\"{tenant.Path}/fr/{targetPath}\">Étude de cas</a>", "Sous-titre de Étude de cas");

        // A summary is a title and fields: the picked item's body stays on its own page.
        Assert.DoesNotContain("Corps de Étude de cas", html);

        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, PlacementsStep(new JsonObject
        {
            ["TextField"] = new JsonArray(new JsonObject { ["displayType"] = "Summary", ["place"] = "-" }),
        }))).StatusCode);
        html = await PageAsync(tenant, path);
        Assert.Contains("Sous-titre de Synthèse", html);
        Assert.Contains("Étude de cas</a>", html);
        Assert.DoesNotContain("Sous-titre de Étude de cas", html);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_list_shows_its_published_items_as_summaries_in_their_order(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();
        var blog = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentItemId"] = "placementblog1",
            ["ContentType"] = "PlacementBlog",
            ["TitlePart"] = new JsonObject { ["Title"] = "Actualités" },
        });
        Assert.Equal(HttpStatusCode.Created, blog.StatusCode);
        await CreateArticleAsync(tenant, "placementart10", "Deuxième billet", list: "placementblog1", order: 2);
        await CreateArticleAsync(tenant, "placementart11", "Premier billet", list: "placementblog1", order: 1);
        await CreateArticleAsync(tenant, "placementart12", "Billet en brouillon", list: "placementblog1", order: 0, publish: false);

        var html = await PageAsync(tenant, "blog/actualites");
        InOrder(html, "<h1>Actualités</h1>", "<section class=\"content-list\"", "Premier billet</a>", "Sous-titre de Premier billet", "Deuxième billet</a>");
        Assert.DoesNotContain("Billet en brouillon", html);
        Assert.DoesNotContain("Corps de Premier billet", html);
    }

    [Fact]
    public async Task Items_that_pick_each_other_render_without_recursing()
    {
        var tenant = await TenantAsync();
        await CreateArticleAsync(tenant, "placementart07", "Aller");
        var path = await CreateArticleAsync(tenant, "placementart08", "Retour", related: ["placementart07"]);
        using var api = portal.Api();
        var update = await api.GetFromJsonAsync<JsonObject>($"{tenant.Path}/api/content/placementart07");
        update!["PlacementArticle"]!["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray("placementart08") };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", update)).StatusCode);

        // Summaries could show picked items too, and they point at each other.
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, PlacementsStep(new JsonObject
        {
            ["ContentPickerField"] = new JsonArray(new JsonObject { ["place"] = "Content:9" }),
        }))).StatusCode);
        var html = await PageAsync(tenant, path);
        Assert.Contains("<h1>Retour</h1>", html);
        Assert.Contains("Aller</a>", html);
    }

    [Fact]
    public async Task An_administrator_edits_placements_and_the_editor_uses_the_edit_views()
    {
        var tenant = await TenantAsync();
        var path = await CreateArticleAsync(tenant, "placementart09", "Note de service");
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("admin/templates/placements", await admin.PageAsync("/admin/templates"));

        var broken = await admin.SubmitAsync("/admin/templates/placements", "/admin/templates/placements", new() { ["placements"] = "{\"TextField\": [{\"place\": \"Content:x\"}]}" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("TextField[0]", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()));

        var saved = await admin.SubmitAsync("/admin/templates/placements", "/admin/templates/placements", new() { ["placements"] = "{\"TextField\": [{\"place\": \"-\", \"contentType\": \"PlacementArticle\"}]}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Sous-titre de Note de service", await PageAsync(tenant, path));
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
