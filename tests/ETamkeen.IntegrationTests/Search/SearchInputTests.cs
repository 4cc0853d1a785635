using System.Net;
using System.Net.Http.Json;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Security;
using Xunit;

namespace ETamkeen.IntegrationTests.Search;

[Collection(PortalCollection.Name)]
public sealed class SearchInputTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Bad_queries_and_deep_pages_get_a_clear_message(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Formations en cybersécurité", "<p>x</p>"));

        var (status, body) = await SearchSite.SearchAsync(portal, tenant, "q=" + Uri.EscapeDataString("formation AND (cyber"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("could not be understood", body.GetProperty("error").GetString(), StringComparison.Ordinal);

        (status, body) = await SearchSite.SearchAsync(portal, tenant, "q=formation&page=101&pageSize=10");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("1000", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await SearchSite.SearchAsync(portal, tenant, "q=formation&pageSize=51")).Status);
        (status, body) = await SearchSite.SearchAsync(portal, tenant, "q=formation&page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("whole numbers", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SearchSite.SearchAsync(portal, tenant, "q=formation&page=100&pageSize=10")).Status);

        using var visitor = portal.Anonymous();
        var page = await visitor.GetAsync($"{tenant.Path}/fr/search?q=" + Uri.EscapeDataString("\"formation"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("role=\"alert\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_search_page_lists_hits_facets_and_pages_in_the_theme(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        for (var i = 0; i < 12; i++)
        {
            await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry($"Atelier de cybersécurité {i}", "<p>Atelier pratique.</p>"));
        }

        using var visitor = portal.Anonymous();
        var response = await visitor.GetAsync($"{tenant.Path}/fr/search?q=atelier+cybersecurite");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>cybersécurité</mark>", html, StringComparison.Ordinal);
        Assert.Contains("12 résultats", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Pages de résultats\"", html, StringComparison.Ordinal);
        Assert.Contains("facet.axis=", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("Ressource", html, StringComparison.Ordinal);

        var arabic = await visitor.GetAsync($"{tenant.Path}/ar/search");
        Assert.Equal(HttpStatusCode.OK, arabic.StatusCode);
        Assert.Contains("dir=\"rtl\"", await arabic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_bad_index_step_names_the_step_and_the_reason(string provider)
    {
        var tenant = await SearchSite.CreateAsync(portal, provider);
        using var api = portal.Api();
        var bad = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(
            """{ "steps": [ { "name": "lucene-index", "Indices": [ { "Other": { "AnalyzerName": "klingon" } } ] } ] }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Contains("lucene-index", text, StringComparison.Ordinal);
        Assert.Contains("klingon", text, StringComparison.Ordinal);

        var missing = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(
            """{ "steps": [ { "name": "lucene-index-rebuild", "Indices": ["Nope"] } ] }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Nope", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_indexes_admin_is_for_administrators_only()
    {
        var tenant = await SearchSite.CreateAsync(portal, Databases.Sqlite);
        using var anonymous = new BrowserSession(portal, tenant.Path);
        var response = await anonymous.GetAsync("/admin/search/indexes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{tenant.Path}/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        using (var author = await Accounts.SignInAsAsync(portal, tenant, RoleNames.Author))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/search/indexes")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await author.SubmitAsync("/admin", "/admin/search/indexes/Library/rebuild", [])).StatusCode);
        }

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var list = await admin.PageAsync("/admin/search/indexes");
        Assert.Contains("Library", list, StringComparison.Ordinal);
        var created = await admin.SubmitAsync("/admin/search/indexes/new", "/admin/search/indexes/save", new()
        {
            ["IsNew"] = "true", ["Name"] = "arabic-only", ["AnalyzerName"] = "arabic", ["Culture"] = "ar", ["ContentTypes"] = "LibraryEntry", ["Facets"] = "axis=LibraryEntry.Axis",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("arabic-only", await admin.PageAsync("/admin/search/indexes"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/search/indexes", "/admin/search/indexes/arabic-only/rebuild", [])).StatusCode);
    }
}
