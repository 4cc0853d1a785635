using System.Net;
using System.Net.Http.Json;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Search;

[Collection(PortalCollection.Name)]
public sealed class SearchRecipeTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Orchards_blog_lucene_search_recipe_creates_a_searchable_index(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();
        foreach (var fixture in new[] { "blog.recipe.json", "blog.lucene.search.recipe.json" })
        {
            var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(Fixtures.OrchardRecipe(fixture), Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{fixture}: {await response.Content.ReadAsStringAsync()}");
        }

        // The blog's post was there before the index: the index was built from the content.
        var hits = await SearchSite.IdsAsync(portal, tenant, "exploration greatest");
        Assert.Single(hits);
        Assert.True(Directory.Exists(Path.Combine(portal.AppData, "Sites", tenant.Name, "Lucene", "Search")));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_failed_recipe_leaves_nothing_of_its_items_in_the_index(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        var kept = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Atelier conservé", "<p>atelier</p>"));
        using var api = portal.Api();
        var failing = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("""
            { "steps": [
                { "name": "content", "data": [ { "ContentType": "LibraryEntry", "ContentItemId": "rolledback1", "TitlePart": { "Title": "Atelier annulé" },
                  "LocalizationPart": { "Culture": "fr" }, "Published": true, "Latest": true } ] },
                { "name": "settings", "TimeZoneId": "Nowhere/Atlantis" }
            ] }
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, failing.StatusCode);

        // The next change finds the index ahead of the restored log and rebuilds it.
        var added = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Atelier ajouté", "<p>atelier</p>"));
        Assert.Equal(new[] { added, kept }.Order(), (await SearchSite.IdsAsync(portal, tenant, "atelier")).Order());
        Assert.Empty(await SearchSite.IdsAsync(portal, tenant, "annule"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/content/{added}")).StatusCode);
        _ = await api.GetFromJsonAsync<object>($"{tenant.Path}/api/search?q=atelier");
    }
}
