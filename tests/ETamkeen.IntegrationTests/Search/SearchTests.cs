using System.Net;
using System.Net.Http.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Search;

[Collection(PortalCollection.Name)]
public sealed class SearchTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Accents_plurals_hamza_and_diacritics_do_not_matter(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        var french = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Formations en cybersécurité", "<p>Un parcours pour les <b>agents</b> de l'administration.</p>"));
        var arabic = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("دليل أمن المعلومات", "<p>مسؤولية الإدارة في حماية المعطيات</p>", culture: "ar"));
        await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Transformation numérique", "<p>Guide des services en ligne.</p>"));

        Assert.Equal([french], await SearchSite.IdsAsync(portal, tenant, "formation cybersecurite"));
        Assert.Equal([french], await SearchSite.IdsAsync(portal, tenant, "FORMATIONS Cybersécurité"));
        foreach (var query in new[] { "الإدارة", "الادارة", "الإِدَارَة", "مسؤولية", "مسوولية", "امن المعلومات" })
        {
            Assert.Equal([arabic], await SearchSite.IdsAsync(portal, tenant, query));
        }

        var (_, body) = await SearchSite.SearchAsync(portal, tenant, "q=cybersecurite");
        var hit = body.GetProperty("items")[0];
        Assert.Equal("Formations en cybersécurité", hit.GetProperty("displayText").GetString());
        Assert.Equal("fr", hit.GetProperty("culture").GetString());
        Assert.Equal($"{tenant.Path}/fr/bibliotheque/formations-en-cybersecurite", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>cybersécurité</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        // A culture filter keeps that culture's items.
        var (_, inArabic) = await SearchSite.SearchAsync(portal, tenant, "q=&culture=ar");
        Assert.Equal(1, inArabic.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Drafts_unpublished_and_deleted_items_never_appear(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        using var api = portal.Api();
        var id = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Hackathon IDARATHON", "<p>Défis de l'innovation publique.</p>"), draft: true);
        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "idarathon"));

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);
        Assert.Equal([id], await SearchSite.IdsAsync(portal, tenant, "idarathon"));

        // A draft over the published version: the search keeps the published text.
        var change = SearchSite.Entry("Hackathon IDARATHON", "<p>Brouillon secret zanzibar.</p>");
        change["ContentItemId"] = id;
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", change)).StatusCode);
        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "zanzibar"));
        Assert.Equal([id], await SearchSite.IdsAsync(portal, tenant, "innovation"));

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/unpublish", null)).StatusCode);
        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "idarathon"));

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);
        Assert.Equal([id], await SearchSite.IdsAsync(portal, tenant, "zanzibar"));
        Assert.True((await api.DeleteAsync($"{tenant.Path}/api/content/{id}")).IsSuccessStatusCode);
        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "idarathon"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_tenant_never_finds_another_tenants_items(string provider)
    {
        var a = await SearchSite.CreateAsync(portal, provider);
        var b = await SearchSite.CreateAsync(portal, provider);
        var inA = await SearchSite.CreateItemAsync(portal, a, SearchSite.Entry("Voyage d'étude à Kigali", "<p>Rapport de mission.</p>"));
        var inB = await SearchSite.CreateItemAsync(portal, b, SearchSite.Entry("Voyage d'étude à Tallinn", "<p>Rapport de mission.</p>"));

        Assert.Equal([inA], await SearchSite.IdsAsync(portal, a, "rapport mission"));
        Assert.Equal([inB], await SearchSite.IdsAsync(portal, b, "rapport mission"));
        Assert.Empty(await SearchSite.IdsAsync(portal, b, "kigali"));
        Assert.True(Directory.Exists(Path.Combine(portal.AppData, "Sites", a.Name, "Lucene", SearchSite.Index)));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Facets_count_every_hit_and_filter(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Guide de la formation continue", "<p>formation</p>", axis: "Compétences", year: 2023));
        await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Formation des formateurs", "<p>formation</p>", axis: "Compétences", administration: "MEN"));
        var security = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Formation à la sécurité", "<p>formation</p>", axis: "Sécurité"));

        var (status, body) = await SearchSite.SearchAsync(portal, tenant, "q=formation&pageSize=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(2, body.GetProperty("items").GetArrayLength());
        var facets = body.GetProperty("facets");
        Assert.Equal(3, facets.GetProperty("type")[0].GetProperty("count").GetInt32());
        Assert.Equal("Compétences", facets.GetProperty("axis")[0].GetProperty("value").GetString());
        Assert.Equal(2, facets.GetProperty("axis")[0].GetProperty("count").GetInt32());
        Assert.Contains(facets.GetProperty("year").EnumerateArray(), v => v.GetProperty("value").GetString() == "2023");

        var (_, filtered) = await SearchSite.SearchAsync(portal, tenant, "q=formation&facet.axis=" + Uri.EscapeDataString("Sécurité"));
        Assert.Equal(security, filtered.GetProperty("items")[0].GetProperty("contentItemId").GetString());
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());

        var (_, byType) = await SearchSite.SearchAsync(portal, tenant, "q=formation&type=Circular");
        Assert.Equal(0, byType.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Deleting_the_index_folder_and_rebuilding_gives_the_same_results(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        for (var i = 0; i < 5; i++)
        {
            await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry($"Bonne pratique numéro {i}", $"<p>Dématérialisation des procédures {i}.</p>"));
        }

        var before = await SearchSite.IdsAsync(portal, tenant, "procedure");
        Assert.Equal(5, before.Count);

        Directory.Delete(Path.Combine(portal.AppData, "Sites", tenant.Name, "Lucene", SearchSite.Index), recursive: true);
        await SearchSite.RunRecipeAsync(portal, tenant, """{ "steps": [ { "name": "lucene-index-rebuild", "Indices": ["Library"] } ] }""");
        Assert.Equal(before.Order(), (await SearchSite.IdsAsync(portal, tenant, "procedure")).Order());

        await SearchSite.RunRecipeAsync(portal, tenant, """{ "steps": [ { "name": "lucene-index-reset", "IncludeAll": true } ] }""");
        Assert.Equal(before.Order(), (await SearchSite.IdsAsync(portal, tenant, "procedure")).Order());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Securable_types_are_found_only_by_who_may_view_them(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);

        // Visitors have ViewContent by default, which implies every View_{Type}: a closed type needs it taken away.
        await SearchSite.RunRecipeAsync(portal, tenant, """{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": ["ViewContent"], "PermissionBehavior": "Remove" } ] } ] }""");
        using var api = portal.Api();
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new { ContentType = "Circular", TitlePart = new { Title = "Circulaire confidentielle" }, HtmlBodyPart = new { Html = "<p>budget</p>" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "circulaire"));
        Assert.Single(await SearchSite.IdsAsync(portal, tenant, "circulaire", api));
    }
}
