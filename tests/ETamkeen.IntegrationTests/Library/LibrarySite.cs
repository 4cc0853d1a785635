using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Library;

/// <summary>A ministry tenant with the library on, entries made through the content API, and the public page read as a visitor reads it.</summary>
public static partial class LibrarySite
{
    public const string Idarathon = "library-axis-idarathon";
    public const string Esprit = "library-axis-esprit";
    public const string Prc = "library-axis-prc";

    public static async Task<TestTenant> TenantAsync(PortalFactory portal, string provider, int? pageSize = null)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Library"]);
        if (pageSize is { } size)
        {
            await RunRecipeAsync(tenant, $$"""{ "steps": [ { "name": "settings", "PageSize": {{size}} } ] }""");
        }

        return tenant;
    }

    public static async Task RunRecipeAsync(TestTenant tenant, string recipe)
    {
        using var api = tenant.Api();
        var run = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
    }

    public static JsonObject Entry(string type, string title, string culture = "fr", string? set = null, string[]? axes = null, string? administration = null, int? year = null)
    {
        var entry = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Résumé : " + title },
            ["Axis"] = new JsonObject { ["TaxonomyContentItemId"] = "library-axes", ["TermContentItemIds"] = new JsonArray([.. (axes ?? []).Select(a => (JsonNode)a)]) },
            ["Administration"] = new JsonObject { ["Text"] = administration ?? "" },
        };
        if (year is { } y)
        {
            entry["Year"] = new JsonObject { ["Value"] = y };
        }

        var item = new JsonObject
        {
            ["ContentType"] = type,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = culture, ["LocalizationSet"] = set ?? "" },
            ["LibraryEntry"] = entry,
        };
        return item;
    }

    /// <summary>Saves an entry (published, or a draft) with the client given, the host key by default; returns its id.</summary>
    public static async Task<string> SaveAsync(TestTenant tenant, JsonObject entry, bool publish = true, HttpClient? client = null)
    {
        using var own = client is null ? tenant.Api() : null;
        var response = await (client ?? own!).PostAsJsonAsync($"{tenant.Path}/api/content{(publish ? "" : "?draft=true")}", entry);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Saving {entry["TitlePart"]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
    }

    public static async Task<string?> PathOfAsync(TestTenant tenant, string id) =>
        (await tenant.GetJsonAsync($"/api/content/{id}?version=latest")).GetProperty("AutoroutePart").GetProperty("Path").GetString();

    /// <summary>The public library page as an anonymous visitor gets it, decoded.</summary>
    public static async Task<LibraryPage> PageAsync(PortalFactory portal, TestTenant tenant, string query = "", string culture = "fr")
    {
        using var client = portal.Anonymous();
        var response = await client.GetAsync($"{tenant.Path}/{culture}/library{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /{culture}/library{query}: {(int)response.StatusCode}");
        return new LibraryPage(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("<article class=\"card mb-3 library-entry\" data-id=\"([^\"]+)\"")]
    internal static partial Regex EntryPattern();

    [GeneratedRegex("data-facet=\"([^\"]+)\" data-value=\"([^\"]+)\">[^<]*<span class=\"badge text-bg-light\" data-count=\"(\\d+)\"")]
    internal static partial Regex FacetPattern();
}

/// <summary>What a test reads of the library page: the entries listed and each facet value's count.</summary>
public sealed class LibraryPage(string html)
{
    public string Html { get; } = html;

    public IReadOnlyList<string> Ids => [.. LibrarySite.EntryPattern().Matches(Html).Select(m => m.Groups[1].Value)];

    public IReadOnlyDictionary<string, int> Facet(string name) =>
        LibrarySite.FacetPattern().Matches(Html).Where(m => m.Groups[1].Value == "facet-" + name)
            .ToDictionary(m => m.Groups[2].Value, m => int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
}
