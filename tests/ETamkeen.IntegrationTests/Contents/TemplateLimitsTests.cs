using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Contents;

/// <summary>
/// A Liquid template is stopped by its limits (time, output size) and the page still answers
/// 200 with the default display: visitors see nothing of it, administrators a short notice.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TemplateLimitsTests(PortalFactory portal)
{
    private const string Definitions = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Contents"] },
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "LimitNotice", "DisplayName": "Notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "limites/{{ Model.ContentItem | display_text | slugify }}" } } } ] } ] }
        ] }
        """;

    // The pages are French ones (/fr/...): the notice speaks French.
    private const string ErrorNotice = "Le modèle de cette page comporte une erreur ; l'affichage par défaut est utilisé.";

    private async Task<TestTenant> TenantWithTemplateAsync(string provider, string template)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents", "ETamkeen.Admin"]);
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, Definitions)).StatusCode);
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "LimitNotice",
            ["TitlePart"] = new JsonObject { ["Title"] = "Avis de limite" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var step = new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "Templates", ["Templates"] = new JsonObject { ["Content__LimitNotice"] = new JsonObject { ["Content"] = template } } }) };
        Assert.Equal(HttpStatusCode.OK, (await PostRecipeAsync(api, tenant, step.ToJsonString())).StatusCode);
        return tenant;
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient api, TestTenant tenant, string recipe) =>
        api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));

    /// <summary>The page as a visitor and as an administrator, each checked to be the default display with the right notice.</summary>
    private async Task AssertStoppedAsync(TestTenant tenant, TimeSpan within)
    {
        using var anonymous = portal.Anonymous();
        anonymous.Timeout = TimeSpan.FromSeconds(60);
        var watch = Stopwatch.StartNew();
        var page = await anonymous.GetAsync($"{tenant.Path}/fr/limites/avis-de-limite");
        watch.Stop();
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html}");
        Assert.True(watch.Elapsed < within, $"The page took {watch.Elapsed.TotalSeconds:F1} s: the template was not stopped.");
        Assert.Contains("<h1>Avis de limite</h1>", html);
        Assert.DoesNotContain(ErrorNotice, html);
        Assert.DoesNotContain("Exception", html);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var adminPage = await admin.PageAsync("/fr/limites/avis-de-limite");
        Assert.Contains(ErrorNotice, adminPage);
        Assert.Contains("<h1>Avis de limite</h1>", adminPage);
        Assert.DoesNotContain("Exception", adminPage);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_template_that_loops_for_too_long_is_stopped_by_the_time_limit(string provider)
    {
        // Each loop stays under the loop limit (10,000 steps) and nothing is written, so only
        // the one-second time limit can stop these 729 billion steps.
        var tenant = await TenantWithTemplateAsync(provider,
            "{% for x in (1..9000) %}{% for y in (1..9000) %}{% for z in (1..9000) %}{% assign w = z %}{% endfor %}{% endfor %}{% endfor %}done");
        await AssertStoppedAsync(tenant, TimeSpan.FromSeconds(15));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_template_that_writes_too_much_is_stopped_by_the_output_limit(string provider)
    {
        // 1,000 × 1 KB stays within the loop limit and far within the time limit; it passes the 256 KB output limit.
        var kilobyte = new string('a', 1024);
        var tenant = await TenantWithTemplateAsync(provider, "{% for x in (1..1000) %}" + kilobyte + "{% endfor %}");
        await AssertStoppedAsync(tenant, TimeSpan.FromSeconds(15));
    }
}
