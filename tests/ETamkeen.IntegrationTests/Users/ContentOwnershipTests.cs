using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>EditOwn: an Author edits their own items and no one else's; a Securable type can be given to one role only.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentOwnershipTests(PortalFactory portal)
{
    private static JsonObject Article(string title) => new()
    {
        ["ContentType"] = "Article",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Retour d'expérience IDARATHON 2020.</p>" },
    };

    private HttpClient WithToken(string token) => Accounts.WithToken(portal, token);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_author_edits_only_their_own_items(string provider)
    {
        var tenant = await new PermissionMatrixTests(portal).TenantAsync(provider);
        using var first = await Accounts.SignInAsAsync(portal, tenant, "Author");
        using var second = await Accounts.SignInAsAsync(portal, tenant, "Author");
        using var firstApi = WithToken(await Accounts.CreateTokenAsync(first));
        using var secondApi = WithToken(await Accounts.CreateTokenAsync(second));

        var created = await firstApi.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", Article("Solutions de l'IDARATHON 2020"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = item["ContentItemId"]!.GetValue<string>();

        // The owner edits and publishes through the admin; the other author is refused on every action.
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        var forbiddenPost = await second.SubmitAsync("/admin/contents", $"/admin/contents/{id}/delete", []);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPost.StatusCode);

        item["TitlePart"]!["Title"] = "Titre changé par un autre";
        var foreignUpdate = await secondApi.PostAsJsonAsync($"{tenant.Path}/api/content", item);
        Assert.Equal(HttpStatusCode.Forbidden, foreignUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secondApi.DeleteAsync($"{tenant.Path}/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secondApi.GetAsync($"{tenant.Path}/api/content/{id}?version=latest")).StatusCode);

        // Each author's list shows their own items only.
        var secondList = await secondApi.GetFromJsonAsync<JsonElement>($"{tenant.Path}/api/content?status=latest");
        Assert.Equal(0, secondList.GetProperty("total").GetInt32());

        item["TitlePart"]!["Title"] = "Solutions primées de l'IDARATHON 2020";
        var ownUpdate = await firstApi.PostAsJsonAsync($"{tenant.Path}/api/content", item);
        Assert.Equal(HttpStatusCode.OK, ownUpdate.StatusCode);
        var stored = await tenant.GetJsonAsync($"/api/content/{id}");
        Assert.Equal("Solutions primées de l'IDARATHON 2020", stored.GetProperty("DisplayText").GetString());

        // Nor may an author touch the administrator's items.
        var adminItem = await (await tenant.Api().PostAsJsonAsync($"{tenant.Path}/api/content", Article("Page de l'administrateur"))).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.Forbidden, (await firstApi.PostAsync($"{tenant.Path}/api/content/{adminItem!["ContentItemId"]}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task A_securable_type_is_edited_only_by_the_roles_given_it()
    {
        var tenant = await new PermissionMatrixTests(portal).TenantAsync(Databases.Sqlite);
        const string recipe = """
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Article", "Settings": { "ContentTypeSettings": { "Securable": true } } } ] },
              { "name": "Roles", "Roles": [ { "Name": "Contributor", "Permissions": ["AccessAdminPanel", "EditOwn_Article"], "PermissionBehavior": "Replace" },
                                            { "Name": "FocalPoint", "Permissions": ["AccessAdminPanel"], "PermissionBehavior": "Replace" } ] }
            ] }
            """;
        var run = await tenant.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        using var contributor = await Accounts.SignInAsAsync(portal, tenant, "Contributor");
        using var editor = await Accounts.SignInAsAsync(portal, tenant, "Editor");
        using var focal = await Accounts.SignInAsAsync(portal, tenant, "FocalPoint");
        using var contributorApi = WithToken(await Accounts.CreateTokenAsync(contributor));
        using var focalApi = WithToken(await Accounts.CreateTokenAsync(focal));

        // The contributor may draft an Article but not publish it; the focal point may not even draft.
        Assert.Equal(HttpStatusCode.Created, (await contributorApi.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", Article("Brouillon"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributorApi.PostAsJsonAsync($"{tenant.Path}/api/content", Article("Publié"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalApi.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", Article("Brouillon"))).StatusCode);

        // An Editor's EditContent implies Edit_Article, Securable or not.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/contents/create/Article")).StatusCode);
    }

    [Fact]
    public async Task A_securable_types_pages_are_shown_only_to_the_roles_that_may_view_it()
    {
        var tenant = await new PermissionMatrixTests(portal).TenantAsync(Databases.Sqlite);
        const string recipe = """
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Article", "Settings": { "ContentTypeSettings": { "Securable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } } ] } ] },
              { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": ["ViewContent"], "PermissionBehavior": "Remove" },
                                            { "Name": "Authenticated", "Permissions": ["ViewContent"], "PermissionBehavior": "Remove" },
                                            { "Name": "FocalPoint", "Permissions": ["View_Article"], "PermissionBehavior": "Add" } ] },
              { "name": "content", "data": [ { "ContentType": "Article", "ContentItemId": "[js: uuid()]", "Published": true, "Latest": true,
                "TitlePart": { "Title": "Note interne PRC 2024" }, "AutoroutePart": { "Path": "note-interne" },
                "HtmlBodyPart": { "Html": "<p>Plan de renforcement des compétences.</p>" } } ] }
            ] }
            """;
        var run = await tenant.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        using var visitor = new BrowserSession(portal, tenant.Path);
        var anonymous = await visitor.GetAsync("/fr/note-interne");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        using var plain = await Accounts.SignInAsAsync(portal, tenant, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.GetAsync("/fr/note-interne")).StatusCode);
        using var focal = await Accounts.SignInAsAsync(portal, tenant, "FocalPoint");
        Assert.Contains("Note interne PRC 2024", await focal.PageAsync("/fr/note-interne"));
    }
}
