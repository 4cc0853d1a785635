using System.Net;
using System.Xml.Linq;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Localization;

/// <summary>What a search engine reads: a sitemap per culture with each page's translations, and robots.txt.</summary>
[Collection(PortalCollection.Name)]
public sealed class SitemapTests(PortalFactory portal)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Each_culture_lists_its_published_pages_with_their_translations(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Localization"]);
        var other = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Localization"]);
        using var api = portal.Api();
        await ContentTranslationTests.CreatePageAsync(api, tenant, "Brouillon secret", "brouillon-secret", "fr", publish: false);
        var unpublished = await ContentTranslationTests.CreatePageAsync(api, tenant, "Ancienne page", "ancienne-page", "fr");
        await ContentTranslationTests.CreatePageAsync(api, other, "Page de l'autre ministère", "autre-ministere", "fr");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{unpublished["ContentItemId"]}/unpublish", null)).StatusCode);
        using var crawler = portal.Anonymous();
        var root = $"http://localhost{tenant.Path}";

        var index = await XmlAsync(crawler, $"{tenant.Path}/sitemap.xml");
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        Assert.Equal([$"{root}/fr/sitemap.xml", $"{root}/ar/sitemap.xml", $"{root}/en/sitemap.xml"], index.Descendants(Sitemap + "loc").Select(l => l.Value));

        // The ministry recipe's about page, in Arabic, with its French and English versions.
        var arabic = await XmlAsync(crawler, $"{tenant.Path}/ar/sitemap.xml");
        var about = arabic.Descendants(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == $"{root}/ar/a-propos");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", about.Element(Sitemap + "lastmod")!.Value);
        var alternates = about.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal($"{root}/fr/a-propos", alternates["fr"]);
        Assert.Equal($"{root}/ar/a-propos", alternates["ar"]);
        Assert.Equal($"{root}/en/a-propos", alternates["en"]);
        Assert.All(arabic.Descendants(Sitemap + "loc"), l => Assert.StartsWith($"{root}/ar/", l.Value));

        // Drafts, unpublished pages and the other tenant's pages are not there.
        var french = (await XmlAsync(crawler, $"{tenant.Path}/fr/sitemap.xml")).ToString();
        Assert.Contains($"{root}/fr/a-propos", french);
        Assert.DoesNotContain("brouillon-secret", french);
        Assert.DoesNotContain("ancienne-page", french);
        Assert.DoesNotContain("autre-ministere", french);
        Assert.Contains("autre-ministere", (await XmlAsync(crawler, $"{other.Path}/fr/sitemap.xml")).ToString());

        // A page published after the sitemap was served appears in it.
        await ContentTranslationTests.CreatePageAsync(api, tenant, "Calendrier des sessions", "calendrier", "fr");
        Assert.Contains($"{root}/fr/calendrier", (await XmlAsync(crawler, $"{tenant.Path}/fr/sitemap.xml")).ToString());
    }

    [Fact]
    public async Task A_culture_the_site_does_not_offer_has_no_sitemap_and_robots_points_to_the_index()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Localization"]);
        using var api = portal.Api();
        var recipe = """{ "steps": [ { "name": "settings", "LocalizationSettings": { "DefaultCulture": "fr", "SupportedCultures": ["fr", "ar"] } } ] }""";
        Assert.True((await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
        using var crawler = portal.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await crawler.GetAsync($"{tenant.Path}/en/sitemap.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await crawler.GetAsync($"{tenant.Path}/de/sitemap.xml")).StatusCode);
        Assert.Equal(2, (await XmlAsync(crawler, $"{tenant.Path}/sitemap.xml")).Descendants(Sitemap + "loc").Count());

        var robots = await crawler.GetAsync($"{tenant.Path}/robots.txt");
        Assert.Equal("text/plain", robots.Content.Headers.ContentType!.MediaType);
        var text = await robots.Content.ReadAsStringAsync();
        Assert.Contains($"Sitemap: http://localhost{tenant.Path}/sitemap.xml", text);
        Assert.Contains($"Disallow: {tenant.Path}/admin", text);
    }

    private static async Task<XDocument> XmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(body);
    }
}
