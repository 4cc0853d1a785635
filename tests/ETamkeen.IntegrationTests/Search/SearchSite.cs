using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Search;

/// <summary>A ministry tenant with the search feature, a library type and a French index with facets.</summary>
public static class SearchSite
{
    public const string Index = "Library";

    public const string Recipe = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Search"] },
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "LibraryEntry", "DisplayName": "Ressource",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "bibliotheque/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "LocalizationPart", "Name": "LocalizationPart" },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                { "PartName": "LibraryEntry", "Name": "LibraryEntry" } ] },
              { "Name": "Circular", "DisplayName": "Circulaire interne",
                "Settings": { "ContentTypeSettings": { "Creatable": true, "Securable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" } ] } ],
            "ContentParts": [ {
              "Name": "LibraryEntry",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Axis" },
                { "FieldName": "TextField", "Name": "Administration" },
                { "FieldName": "NumericField", "Name": "Year", "Settings": { "NumericFieldSettings": { "Scale": 0 } } } ] } ] },
          { "name": "lucene-index", "Indices": [ { "Library": {
              "AnalyzerName": "french", "IndexLatest": false, "IndexedContentTypes": ["LibraryEntry", "Circular"],
              "Facets": { "type": "ContentType", "axis": "LibraryEntry.Axis", "administration": "LibraryEntry.Administration", "year": "LibraryEntry.Year" } } } ] },
          { "name": "Settings", "LuceneSettings": { "SearchIndex": "Library" } }
        ] }
        """;

    public static async Task<TestTenant> CreateAsync(PortalFactory portal, string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        await RunRecipeAsync(portal, tenant, Recipe);
        return tenant;
    }

    public static async Task RunRecipeAsync(PortalFactory portal, TestTenant tenant, string recipe)
    {
        using var api = portal.Api();
        var response = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Recipe: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static JsonObject Entry(string title, string body, string culture = "fr", string axis = "Sécurité", string administration = "MTNRA", int year = 2024) => new()
    {
        ["ContentType"] = "LibraryEntry",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = culture },
        ["HtmlBodyPart"] = new JsonObject { ["Html"] = body },
        ["LibraryEntry"] = new JsonObject
        {
            ["Axis"] = new JsonObject { ["Text"] = axis },
            ["Administration"] = new JsonObject { ["Text"] = administration },
            ["Year"] = new JsonObject { ["Value"] = year },
        },
    };

    /// <summary>Creates an item (published unless <paramref name="draft"/>) and returns its id.</summary>
    public static async Task<string> CreateItemAsync(PortalFactory portal, TestTenant tenant, JsonObject item, bool draft = false)
    {
        using var api = portal.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content{(draft ? "?draft=true" : "")}", item);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
    }

    /// <summary>GET /api/search as a visitor; the response status and its JSON.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SearchAsync(PortalFactory portal, TestTenant tenant, string query, HttpClient? client = null)
    {
        using var own = client is null ? portal.Anonymous() : null;
        var response = await (client ?? own!).GetAsync($"{tenant.Path}/api/search?{query}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The ids a visitor's search returns (the call must succeed).</summary>
    public static async Task<List<string>> IdsAsync(PortalFactory portal, TestTenant tenant, string q, HttpClient? client = null)
    {
        var (status, body) = await SearchAsync(portal, tenant, "q=" + Uri.EscapeDataString(q), client);
        Assert.True(status == HttpStatusCode.OK, $"search '{q}': {(int)status} {body}");
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("contentItemId").GetString()!)];
    }
}
