using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>
/// The shell's path → published item cache behind public pages. Pages are requested with the
/// host key, which the output cache never answers, so every request here goes through it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PageCacheTests(PortalFactory portal)
{
    private const string Definitions = """
        { "steps": [ { "name": "ContentDefinition", "ContentTypes": [
          { "Name": "CachedPage", "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } } ] },
          { "Name": "CachedSecret", "Settings": { "ContentTypeSettings": { "Securable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } } ] } ] },
          { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": ["ViewContent"], "PermissionBehavior": "Remove" } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_publish_shows_at_once_a_draft_does_not_and_an_unpublish_is_a_404(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();
        var created = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", Page("Plan de formation", "plan")));
        var id = created["ContentItemId"]!.GetValue<string>();
        var page = $"{tenant.Path}/fr/plan";

        // Twice: the second is answered from the cache the first filled.
        Assert.Contains("Plan de formation", await TextAsync(api, page));
        Assert.Contains("Plan de formation", await TextAsync(api, page));

        var published = Page("Plan de formation 2027", "plan");
        published["ContentItemId"] = id;
        published["ContentItemVersionId"] = created["ContentItemVersionId"]!.GetValue<string>();
        var afterPublish = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", published));
        Assert.Contains("Plan de formation 2027", await TextAsync(api, page));

        var draft = Page("Plan de formation (brouillon)", "plan");
        draft["ContentItemId"] = id;
        draft["ContentItemVersionId"] = afterPublish["ContentItemVersionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", draft)).StatusCode);
        var afterDraft = await TextAsync(api, page);
        Assert.Contains("Plan de formation 2027", afterDraft);
        Assert.DoesNotContain("brouillon", afterDraft);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(page)).StatusCode);

        // Publishing the draft brings the page back with the draft's text.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);
        Assert.Contains("Plan de formation (brouillon)", await TextAsync(api, page));
    }

    [Fact]
    public async Task A_new_path_redirects_from_the_cached_one_and_a_removed_item_is_a_404()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        using var api = portal.Api();
        var created = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", Page("Calendrier", "calendrier")));
        var id = created["ContentItemId"]!.GetValue<string>();
        Assert.Contains("Calendrier", await TextAsync(api, $"{tenant.Path}/fr/calendrier"));

        var moved = Page("Calendrier", "agenda");
        moved["ContentItemId"] = id;
        moved["ContentItemVersionId"] = created["ContentItemVersionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", moved)).StatusCode);
        using var visitor = portal.Anonymous();
        var old = await visitor.GetAsync($"{tenant.Path}/fr/calendrier");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith("/fr/agenda", old.Headers.Location!.OriginalString);

        Assert.Contains("Calendrier", await TextAsync(api, $"{tenant.Path}/fr/agenda"));
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{tenant.Path}/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/fr/agenda")).StatusCode);
    }

    [Fact]
    public async Task A_securable_page_seen_by_an_administrator_is_still_refused_to_a_visitor()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        using var api = portal.Api();
        await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "CachedSecret",
            ["TitlePart"] = new JsonObject { ["Title"] = "Note interne" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "note-interne" },
        }));
        var page = $"{tenant.Path}/fr/note-interne";

        // The administrator's view puts the item in the cache; the visitor's must still be refused.
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("Note interne", await admin.PageAsync("/fr/note-interne"));

        using var visitor = portal.Anonymous();
        for (var i = 0; i < 2; i++)
        {
            var refused = await visitor.GetAsync(page);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain("Note interne", await refused.Content.ReadAsStringAsync());
        }
    }

    private async Task<TestTenant> TenantAsync(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents"]);
        using var api = portal.Api();
        var defined = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(Definitions, Encoding.UTF8, "application/json"));
        Assert.True(defined.StatusCode == HttpStatusCode.OK, await defined.Content.ReadAsStringAsync());
        return tenant;
    }

    private static JsonObject Page(string title, string path) => new()
    {
        ["ContentType"] = "CachedPage",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["AutoroutePart"] = new JsonObject { ["Path"] = path },
    };

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }
}
