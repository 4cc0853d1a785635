using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Recipes;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>The tenant export is the backup format: what it gives back must be the site that was exported.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ExportTests(PortalFactory portal)
{
    private const string DraftTitle = "Man must explore — brouillon";

    /// <summary>Text an editor typed that looks like recipe code: it must come back as text, not run.</summary>
    private const string ScriptLookingText = "[js: uuid()]";

    private const string RelatedField = """
        { "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Article", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Multiple": true } } } ] } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_export_imported_into_an_empty_tenant_gives_back_the_same_site(string provider)
    {
        var (a, postId, draftId) = await ExportedSiteAsync(provider);
        var export = await ExportAsync(a);

        var b = await portal.CreateTenantAsync(provider, recipe: "blank");
        await RunAsync(b, export);

        AssertSame(await SnapshotAsync(a), await SnapshotAsync(b));
        var post = await b.GetJsonAsync($"/api/content/{postId}");
        Assert.Equal("Man must explore, and this is exploration at its greatest", post.GetProperty("DisplayText").GetString());
        Assert.Equal(DraftTitle, (await b.GetJsonAsync($"/api/content/{postId}?version=latest")).GetProperty("DisplayText").GetString());
        var draft = await b.GetJsonAsync($"/api/content/{draftId}?version=latest");
        Assert.Equal(ScriptLookingText, draft.GetProperty("Article").GetProperty("Subtitle").GetProperty("Text").GetString());
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b.Path}/api/content/{draftId}")).StatusCode);

        var pageA = await PageTitleAsync(a, "/en/blog/post-1");
        Assert.Contains("Man must explore", pageA);
        Assert.Equal(pageA, await PageTitleAsync(b, "/en/blog/post-1"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Importing_an_export_into_the_same_tenant_changes_nothing(string provider)
    {
        var (a, _, _) = await ExportedSiteAsync(provider);
        var before = await SnapshotAsync(a);
        var export = await ExportAsync(a);

        await RunAsync(a, export);
        await RunAsync(a, export);

        AssertSame(before, await SnapshotAsync(a));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_export_is_a_recipe_without_secrets_and_types_narrow_its_content(string provider)
    {
        var (a, postId, _) = await ExportedSiteAsync(provider);
        using var api = portal.Api();
        var response = await api.GetAsync($"{a.Path}/api/recipes/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(ExportFileName(), response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "");

        var text = await response.Content.ReadAsStringAsync();
        var recipe = RecipeParser.Parse(text);
        Assert.StartsWith($"export-{a.Name}-", recipe["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(recipe["issetuprecipe"]!.GetValue<bool>());
        // Other features may add steps of their own; these four come in this order.
        Assert.Equal(["feature", "settings", "ContentDefinition", "content"], StepNames(recipe).Intersect(["feature", "settings", "ContentDefinition", "content"]));
        Assert.DoesNotContain("PasswordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ConnectionString", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(PortalFactory.AdminPassword, text, StringComparison.Ordinal);

        var narrowed = RecipeParser.Parse(await ExportAsync(a, "?types=Article,Blog"));
        Assert.Equal(StepNames(recipe), StepNames(narrowed));
        var items = ContentStep(narrowed).Select(i => i!["ContentType"]!.GetValue<string>()).ToList();
        Assert.Equal(["Article", "Blog"], items.Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(postId, ContentStep(narrowed).Select(i => i!["ContentItemId"]!.GetValue<string>()));
        Assert.Equal(Step(recipe, "ContentDefinition").ToJsonString(), Step(narrowed, "ContentDefinition").ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_export_holds_only_its_tenant_and_needs_the_host_key(string provider)
    {
        var (a, _, _) = await ExportedSiteAsync(provider);
        var b = await portal.CreateTenantAsync(provider, recipe: "ministry");
        await RunAsync(b, Fixtures.OrchardRecipe("blog.recipe.json"));
        var idsOfB = (await b.GetJsonAsync("/api/content?take=500")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("ContentItemId").GetString()!).ToList();
        Assert.NotEmpty(idsOfB);

        var exportOfA = await ExportAsync(a);
        Assert.All(idsOfB, id => Assert.DoesNotContain(id, exportOfA, StringComparison.Ordinal));
        Assert.DoesNotContain(b.Name, exportOfA, StringComparison.Ordinal);

        // An API answers 401, never a sign-in redirect, and never the export.
        using var anonymous = portal.Anonymous();
        var refused = await anonymous.GetAsync($"{a.Path}/api/recipes/export");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("\"steps\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Orchard's blog, a draft over its published post, a pure draft and a renamed site.</summary>
    private async Task<(TestTenant Tenant, string PostId, string DraftId)> ExportedSiteAsync(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        await RunAsync(tenant, Fixtures.OrchardRecipe("blog.recipe.json"));
        await RunAsync(tenant, RelatedField);

        var post = await FirstAsync(tenant, "BlogPost");
        post["TitlePart"]!["Title"] = DraftTitle;
        post["MarkdownBodyPart"]!["Markdown"] = "Une nouvelle version, pas encore publiée.";
        await SaveAsync(tenant, post, draft: true);

        // The draft picks the blog, which is edited afterwards: the blog's exported version is
        // then the newest document, yet it must be imported before the item pointing at it.
        var blog = await FirstAsync(tenant, "Blog");
        var draft = await SaveAsync(tenant, new JsonObject
        {
            ["ContentType"] = "Article",
            ["TitlePart"] = new JsonObject { ["Title"] = "Voyage d'étude à Tallinn — رحلة دراسية" },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Administration numérique estonienne.</p>" },
            ["Article"] = new JsonObject
            {
                ["Subtitle"] = new JsonObject { ["Text"] = ScriptLookingText },
                ["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(blog["ContentItemId"]!.GetValue<string>()) },
            },
        }, draft: true);
        blog["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Le blog de la transformation numérique.</p>" };
        await SaveAsync(tenant, blog, draft: false);

        using var api = portal.Api();
        var renamed = await api.PutAsJsonAsync($"{tenant.Path}/api/site", new { siteName = "Ministère de l'Économie — e-TAMKEEN" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        return (tenant, post["ContentItemId"]!.GetValue<string>(), draft["ContentItemId"]!.GetValue<string>());
    }

    private async Task<JsonObject> SaveAsync(TestTenant tenant, JsonObject item, bool draft)
    {
        using var api = portal.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content?draft={(draft ? "true" : "false")}", item);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<JsonObject> FirstAsync(TestTenant tenant, string type) =>
        JsonNode.Parse((await tenant.GetJsonAsync($"/api/content?type={type}")).GetProperty("items")[0].GetRawText())!.AsObject();

    private async Task<string> ExportAsync(TestTenant tenant, string query = "")
    {
        using var api = portal.Api();
        var response = await api.GetAsync($"{tenant.Path}/api/recipes/export{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private async Task RunAsync(TestTenant tenant, string recipe)
    {
        using var api = portal.Api();
        var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> PageTitleAsync(TestTenant tenant, string path)
    {
        using var api = portal.Api();
        var response = await api.GetAsync(tenant.Path + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(TitleTag().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    /// <summary>What a visitor, an editor and the APIs see: types, every item's latest and published version, the site.</summary>
    private static async Task<SortedDictionary<string, string>> SnapshotAsync(TestTenant tenant)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in (await tenant.GetJsonAsync("/api/content-types")).EnumerateArray())
        {
            snapshot["type " + type.GetProperty("name").GetString()] = Canonical(JsonNode.Parse(type.GetRawText()));
        }

        foreach (var (status, version) in new[] { ("latest", "?version=latest"), ("published", "") })
        {
            var list = await tenant.GetJsonAsync($"/api/content?take=500&status={status}");
            foreach (var id in list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ContentItemId").GetString()))
            {
                var item = JsonNode.Parse((await tenant.GetJsonAsync($"/api/content/{id}{version}")).GetRawText())!.AsObject();

                // A new version id and new dates are what an import is; everything else must be equal.
                foreach (var volatileProperty in new[] { "ContentItemVersionId", "CreatedUtc", "ModifiedUtc", "PublishedUtc" })
                {
                    item.Remove(volatileProperty);
                }

                snapshot[$"{status} {id}"] = Canonical(item);
            }
        }

        var site = await tenant.GetJsonAsync("/api/site");
        snapshot["site"] = string.Join(" | ", new[] { "siteName", "defaultCulture", "supportedCultures", "timeZoneId", "pageSize" }.Select(p => site.GetProperty(p).GetRawText()));
        return snapshot;
    }

    private static void AssertSame(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (key, value) in expected)
        {
            Assert.True(value == actual[key], $"{key}\nexported: {value}\nimported: {actual[key]}");
        }
    }

    /// <summary>
    /// Property order is not meaning, nor is an empty part or field: saving an item (as an import
    /// does) gives it an empty object for a field added to its type since it was last saved.
    /// </summary>
    private static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Where(p => p.Value is not JsonObject { Count: 0 })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static List<string> StepNames(JsonObject recipe) =>
        [.. ((JsonArray)recipe["steps"]!).Select(s => s!["name"]!.GetValue<string>())];

    private static JsonObject Step(JsonObject recipe, string name) =>
        ((JsonArray)recipe["steps"]!).Select(s => s!.AsObject()).Single(s => s["name"]!.GetValue<string>() == name);

    private static JsonArray ContentStep(JsonObject recipe) => (JsonArray)Step(recipe, "content")["data"]!;

    [GeneratedRegex(@"^export-T[0-9a-f]{12}-\d{14}\.recipe\.json$")]
    private static partial Regex ExportFileName();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
