using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>Items shown inside other items' pages (picked items, a list's items) use the Summary display type and its placement.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentSummaryTests(PortalFactory portal)
{
    private readonly PlacementSite _site = new(portal);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Picked_items_show_as_summaries_placed_by_summary_rules(string provider)
    {
        var tenant = await _site.TenantAsync(provider);
        var targetPath = await _site.CreateArticleAsync(tenant, "placementart05", "Étude de cas");
        var path = await _site.CreateArticleAsync(tenant, "placementart06", "Synthèse", related: ["placementart05"]);

        var html = await _site.PageAsync(tenant, path);
        PlacementSite.InOrder(html, "<h1>Synthèse</h1>", "Voir aussi", "<article class=\"content-summary content-placementarticle\">",
            $"<a href=\"{tenant.Path}/fr/{targetPath}\">Étude de cas</a>", "Sous-titre de Étude de cas");

        // A summary is a title and fields: the picked item's body stays on its own page.
        Assert.DoesNotContain("Corps de Étude de cas", html);

        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PlacementSite.PostRecipeAsync(api, tenant, PlacementSite.PlacementsStep(new JsonObject
        {
            ["TextField"] = new JsonArray(new JsonObject { ["displayType"] = "Summary", ["place"] = "-" }),
        }))).StatusCode);
        html = await _site.PageAsync(tenant, path);
        Assert.Contains("Sous-titre de Synthèse", html);
        Assert.Contains("Étude de cas</a>", html);
        Assert.DoesNotContain("Sous-titre de Étude de cas", html);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_list_shows_its_published_items_as_summaries_in_their_order(string provider)
    {
        var tenant = await _site.TenantAsync(provider);
        using var api = portal.Api();
        var blog = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentItemId"] = "placementblog1",
            ["ContentType"] = "PlacementBlog",
            ["TitlePart"] = new JsonObject { ["Title"] = "Actualités" },
        });
        Assert.Equal(HttpStatusCode.Created, blog.StatusCode);
        await _site.CreateArticleAsync(tenant, "placementart10", "Deuxième billet", list: "placementblog1", order: 2);
        await _site.CreateArticleAsync(tenant, "placementart11", "Premier billet", list: "placementblog1", order: 1);
        await _site.CreateArticleAsync(tenant, "placementart12", "Billet en brouillon", list: "placementblog1", order: 0, publish: false);

        var html = await _site.PageAsync(tenant, "blog/actualites");
        PlacementSite.InOrder(html, "<h1>Actualités</h1>", "<section class=\"content-list\"", "Premier billet</a>", "Sous-titre de Premier billet", "Deuxième billet</a>");
        Assert.DoesNotContain("Billet en brouillon", html);
        Assert.DoesNotContain("Corps de Premier billet", html);
    }

    [Fact]
    public async Task Items_that_pick_each_other_render_without_recursing()
    {
        var tenant = await _site.TenantAsync();
        await _site.CreateArticleAsync(tenant, "placementart07", "Aller");
        var path = await _site.CreateArticleAsync(tenant, "placementart08", "Retour", related: ["placementart07"]);
        using var api = portal.Api();
        var update = await api.GetFromJsonAsync<JsonObject>($"{tenant.Path}/api/content/placementart07");
        update!["PlacementArticle"]!["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray("placementart08") };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", update)).StatusCode);

        // Summaries could show picked items too, and they point at each other.
        Assert.Equal(HttpStatusCode.OK, (await PlacementSite.PostRecipeAsync(api, tenant, PlacementSite.PlacementsStep(new JsonObject
        {
            ["ContentPickerField"] = new JsonArray(new JsonObject { ["place"] = "Content:9" }),
        }))).StatusCode);
        var html = await _site.PageAsync(tenant, path);
        Assert.Contains("<h1>Retour</h1>", html);
        Assert.Contains("Aller</a>", html);
    }
}
