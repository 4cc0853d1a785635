using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Localization;

/// <summary>
/// An editor translates a page from the admin (a linked draft edited beside its source), and a
/// visitor's culture switcher and the <c>hreflang</c> links go to the translation.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ContentTranslationTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Translate_makes_a_linked_draft_beside_its_source_and_the_switcher_lands_on_it_once_published(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Localization"]);
        using var api = portal.Api();
        var source = await CreatePageAsync(api, tenant, "Formations en cybersécurité", "formations-cybersecurite", "fr");
        var sourceId = source["ContentItemId"]!.GetValue<string>();
        var set = source["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);

        var editor = await admin.PageAsync($"/admin/contents/{sourceId}/edit");
        Assert.Contains("Translations", editor);
        Assert.Contains("(this item)", editor);
        Assert.Contains("name=\"culture\" value=\"ar\"", editor);
        Assert.Contains("name=\"culture\" value=\"en\"", editor);

        var translate = await admin.SubmitAsync($"/admin/contents/{sourceId}/edit", $"/admin/contents/{sourceId}/translate", new() { ["culture"] = "ar" });
        Assert.Equal(HttpStatusCode.Redirect, translate.StatusCode);
        var location = translate.Headers.Location!.OriginalString;
        var translationId = EditPath().Match(location).Groups[1].Value;
        Assert.EndsWith($"/edit?source={sourceId}", location);
        Assert.NotEqual(sourceId, translationId);

        // Beside the editor, the French original, marked as French for screen readers and browsers.
        var sideBySide = await admin.PageAsync($"/admin/contents/{translationId}/edit?source={sourceId}");
        Assert.Contains("class=\"side-by-side\"", sideBySide);
        Assert.Contains("<dd lang=\"fr\" dir=\"ltr\">Formations en cybersécurité</dd>", sideBySide);
        Assert.Contains("Translation into العربية created as a draft", sideBySide);

        // The draft is linked, Arabic, unpublished, at the source's path until the translator changes it.
        var draft = (await tenant.GetJsonAsync($"/api/content/{translationId}?version=latest")).ToString();
        var translation = JsonNode.Parse(draft)!.AsObject();
        Assert.Equal(set, translation["LocalizationPart"]!["LocalizationSet"]!.GetValue<string>());
        Assert.Equal("ar", translation["LocalizationPart"]!["Culture"]!.GetValue<string>());
        Assert.False(translation["Published"]!.GetValue<bool>());

        // Until it is published, the Arabic URL shows the French page, in French, without error.
        using var visitor = portal.Anonymous();
        var fallback = WebUtility.HtmlDecode(await (await visitor.GetAsync($"{tenant.Path}/ar/formations-cybersecurite")).Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", fallback);
        Assert.Contains("lang=\"fr\" dir=\"ltr\"", fallback);
        Assert.Contains("Formations en cybersécurité", fallback);
        var french = WebUtility.HtmlDecode(await (await visitor.GetAsync($"{tenant.Path}/fr/formations-cybersecurite")).Content.ReadAsStringAsync());
        Assert.Contains($"href=\"{tenant.Path}/ar\" hreflang=\"ar\"", french);
        Assert.DoesNotContain("rel=\"alternate\"", french);

        // The translator gives it its Arabic title and path, and publishes.
        translation["TitlePart"] = new JsonObject { ["Title"] = "التكوين في الأمن السيبراني" };
        translation["AutoroutePart"] = new JsonObject { ["Path"] = "takwin-amn-sibrani" };
        var published = await api.PostAsJsonAsync($"{tenant.Path}/api/content", translation);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        french = WebUtility.HtmlDecode(await (await visitor.GetAsync($"{tenant.Path}/fr/formations-cybersecurite")).Content.ReadAsStringAsync());
        Assert.Contains($"href=\"{tenant.Path}/ar/takwin-amn-sibrani\" hreflang=\"ar\"", french);
        Assert.Contains($"href=\"{tenant.Path}/en\" hreflang=\"en\"", french);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost{tenant.Path}/ar/takwin-amn-sibrani\" />", french);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost{tenant.Path}/fr/formations-cybersecurite\" />", french);

        var arabic = WebUtility.HtmlDecode(await (await visitor.GetAsync($"{tenant.Path}/ar/takwin-amn-sibrani")).Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic);
        Assert.Contains("التكوين في الأمن السيبراني", arabic);
        Assert.Contains($"href=\"{tenant.Path}/fr/formations-cybersecurite\" hreflang=\"fr\"", arabic);

        // The French path under /ar/ now goes to the Arabic page.
        var moved = await visitor.GetAsync($"{tenant.Path}/ar/formations-cybersecurite");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{tenant.Path}/ar/takwin-amn-sibrani", moved.Headers.Location!.OriginalString);

        // Translating into Arabic again opens the translation there, it makes no second one.
        var again = await admin.SubmitAsync($"/admin/contents/{sourceId}/edit", $"/admin/contents/{sourceId}/translate", new() { ["culture"] = "ar" });
        Assert.Equal(translationId, EditPath().Match(again.Headers.Location!.OriginalString).Groups[1].Value);
        var list = await admin.PageAsync("/admin/contents?culture=ar&q=" + Uri.EscapeDataString("الأمن السيبراني"));
        Assert.Single(Regex.Matches(list, $"/admin/contents/{translationId}/edit\""));
    }

    [Fact]
    public async Task Translate_refuses_what_it_cannot_do_with_the_reason_and_changes_nothing()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Localization"]);
        var other = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Localization"]);
        using var api = portal.Api();
        var sourceId = (await CreatePageAsync(api, tenant, "Plan de formation", "plan", "fr"))["ContentItemId"]!.GetValue<string>();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var edit = $"/admin/contents/{sourceId}/edit";

        async Task<string> RefusedAsync(string culture)
        {
            var response = await admin.SubmitAsync(edit, $"/admin/contents/{sourceId}/translate", new() { ["culture"] = culture });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith(edit, response.Headers.Location!.OriginalString);
            return await admin.PageAsync(edit);
        }

        Assert.Contains("'de' is not one of the site's languages (fr, ar, en).", await RefusedAsync("de"));
        Assert.Contains("This item is already in Français.", await RefusedAsync("fr"));
        Assert.Contains("is not one of the site's languages", await RefusedAsync(""));
        Assert.Equal(1, await CountOfSetAsync(admin, "Plan de formation"));

        // No token, another tenant's item, an unknown item.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync($"/admin/contents/{sourceId}/translate", new() { ["culture"] = "ar" })).StatusCode);
        using var otherAdmin = await BrowserSession.SignInAsync(portal, other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.SubmitAsync("/admin/contents", $"/admin/contents/{sourceId}/translate", new() { ["culture"] = "ar" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/contents", "/admin/contents/nope42/translate", new() { ["culture"] = "ar" })).StatusCode);

        // An Author may translate only what they may edit: not the administrator's page.
        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.SubmitAsync("/admin/contents", $"/admin/contents/{sourceId}/translate", new() { ["culture"] = "ar" })).StatusCode);
        Assert.Equal(1, await CountOfSetAsync(admin, "Plan de formation"));

        // A type without the Localization part has no translations to make.
        var noteType = """{ "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }""";
        Assert.True((await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(noteType, System.Text.Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
        var note = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject { ["ContentType"] = "Note", ["TitlePart"] = new JsonObject { ["Title"] = "Note" } });
        var noteId = JsonNode.Parse(await note.Content.ReadAsStringAsync())!["ContentItemId"]!.GetValue<string>();
        var noteEditor = await admin.PageAsync($"/admin/contents/{noteId}/edit");
        Assert.DoesNotContain("Translate into", noteEditor);
        var refused = await admin.SubmitAsync($"/admin/contents/{noteId}/edit", $"/admin/contents/{noteId}/translate", new() { ["culture"] = "ar" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("have no translations: add the Localization part to the type first.", await admin.PageAsync($"/admin/contents/{noteId}/edit"));
    }

    internal static async Task<JsonObject> CreatePageAsync(HttpClient api, TestTenant tenant, string title, string path, string culture, bool publish = true)
    {
        var page = new JsonObject
        {
            ["ContentType"] = "Page",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = culture },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p>{title}</p>" },
        };
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content{(publish ? "" : "?draft=true")}", page);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>How many items the admin lists under a title: a refused translation made none.</summary>
    private static async Task<int> CountOfSetAsync(BrowserSession admin, string title) =>
        Regex.Matches(await admin.PageAsync("/admin/contents?q=" + Uri.EscapeDataString(title)), "/admin/contents/[A-Za-z0-9_-]+/edit\"").Count;

    [GeneratedRegex("/admin/contents/([A-Za-z0-9_-]+)/edit")]
    private static partial Regex EditPath();
}
