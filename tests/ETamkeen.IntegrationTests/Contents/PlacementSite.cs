using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>
/// The content types the display tests share: an article (title, path, body, list membership,
/// a text, a number and picked items), a blog (a list) and a landing page whose layout the
/// test module replaces (Views/Display/Content.PlacementLanding.cshtml).
/// </summary>
public sealed class PlacementSite(PortalFactory portal)
{
    public const string Definitions = """
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

    public async Task<TestTenant> TenantAsync(string provider = Databases.Sqlite)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents", "ETamkeen.Admin"]);
        using var api = portal.Api();
        var response = await PostRecipeAsync(api, tenant, Definitions);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return tenant;
    }

    public static Task<HttpResponseMessage> PostRecipeAsync(HttpClient api, TestTenant tenant, string recipe) =>
        api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));

    public static string PlacementsStep(JsonObject placements) =>
        new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "Placements", ["Placements"] = placements }) }.ToJsonString();

    public async Task<string> CreateArticleAsync(TestTenant tenant, string id, string title, string[]? related = null, string? list = null, int order = 0, bool publish = true)
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

    public async Task<string> PageAsync(TestTenant tenant, string path)
    {
        using var anonymous = portal.Anonymous();
        var page = await anonymous.GetAsync($"{tenant.Path}/fr/{path}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Each marker is found, and after the one before it.</summary>
    public static void InOrder(string html, params string[] markers)
    {
        var at = -1;
        foreach (var marker in markers)
        {
            var next = html.IndexOf(marker, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{marker}' is missing or not after the marker before it in:\n{html}");
            at = next;
        }
    }
}
