using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>What the public trainings tests make and read: trainings of any axis, pages as a visitor gets them, and what the pages say.</summary>
public static partial class TrainingPages
{
    public const string AxisCloud = "axis-cloud";
    public const string Remote = "modality-remote";

    public static Task<string> TrainingAsync(TestTenant tenant, string title, string axis, string modality, string culture = "fr", string set = "", bool publish = true) =>
        TrainingSite.SaveAsync(tenant, new JsonObject
        {
            ["ContentType"] = "Training",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = culture, ["LocalizationSet"] = set },
            ["Training"] = new JsonObject
            {
                ["Axis"] = Terms("training-axes", axis),
                ["Modality"] = Terms("training-modalities", modality),
                ["DurationDays"] = new JsonObject { ["Value"] = 2 },
                ["DurationHours"] = new JsonObject { ["Value"] = 12 },
                ["Summary"] = new JsonObject { ["Text"] = "Résumé de " + title },
                ["Objectives"] = new JsonObject { ["Html"] = "<p>Maîtriser " + title + "</p>" },
                ["TargetAudience"] = new JsonObject { ["Text"] = "Cadres des administrations" },
                ["Provider"] = new JsonObject { ["Text"] = "ADD" },
            },
        }, publish);

    /// <summary>
    /// The site's sample training, published with a localization set of its own, returned for
    /// sessions to point at (the content API gives an item without one a new set, not its id).
    /// </summary>
    public static async Task<string> TrainingSetAsync(TestTenant tenant, string set = "set-communication")
    {
        await TrainingSite.TrainingAsync(tenant, set: set);
        return set;
    }

    /// <summary>Moves a published session to another region (the site helper makes them in Rabat).</summary>
    public static async Task MoveAsync(TestTenant tenant, string sessionId, string region, string city)
    {
        using var api = tenant.Api();
        var item = (await api.GetFromJsonAsync<JsonObject>($"{tenant.Path}/api/content/{sessionId}"))!;
        item["TrainingSession"]!["Region"] = Terms("training-regions", region);
        item["TrainingSession"]!["City"] = new JsonObject { ["Text"] = city };
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content", item);
        Assert.True(response.IsSuccessStatusCode, $"Moving {sessionId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>An item's page path (its Autoroute path).</summary>
    public static async Task<string> PathAsync(TestTenant tenant, string id)
    {
        using var api = tenant.Api();
        var item = (await api.GetFromJsonAsync<JsonObject>($"{tenant.Path}/api/content/{id}"))!;
        return item["AutoroutePart"]!["Path"]!.GetValue<string>();
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(PortalFactory portal, TestTenant tenant, string path)
    {
        using var client = portal.Anonymous();
        var response = await client.GetAsync(tenant.Path + path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<string> PageAsync(PortalFactory portal, TestTenant tenant, string path)
    {
        var (status, html) = await GetAsync(portal, tenant, path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {html[..Math.Min(html.Length, 1500)]}");
        return html;
    }

    public static IReadOnlyList<string> Cards(string html) => [.. CardPattern().Matches(html).Select(m => m.Groups[1].Value)];

    public static IReadOnlyDictionary<string, int> Facet(string html, string name) =>
        FacetPattern().Matches(html).Where(m => m.Groups[1].Value == "facet-" + name)
            .ToDictionary(m => m.Groups[2].Value, m => int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));

    public static string Month(int inDays) => DateTime.UtcNow.Date.AddDays(inDays).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static JsonObject Terms(string taxonomy, string term) => new()
    {
        ["TaxonomyContentItemId"] = taxonomy,
        ["TermContentItemIds"] = new JsonArray(term),
    };

    [GeneratedRegex("<article class=\"card mb-3 training-card\" data-id=\"([^\"]+)\"")]
    private static partial Regex CardPattern();

    [GeneratedRegex("data-facet=\"([^\"]+)\" data-value=\"([^\"]+)\">[^<]*<span class=\"badge text-bg-light\" data-count=\"(\\d+)\"")]
    private static partial Regex FacetPattern();
}
