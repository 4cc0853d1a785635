using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Library;

/// <summary>The library's seed recipe, run the way the etamkeen recipe includes it: by name, from a `recipes` step.</summary>
[Collection(PortalCollection.Name)]
public sealed class LibraryRecipeTests(PortalFactory portal)
{
    private const string Include = """{ "steps": [ { "name": "recipes", "Values": [ { "executionid": "etamkeen", "name": "library" } ] } ] }""";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_seed_recipe_imports_on_a_fresh_tenant_and_shows_in_french_and_arabic(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        await LibrarySite.RunRecipeAsync(tenant, Include);
        Assert.Contains("ETamkeen.Library", await tenant.EnabledFeaturesAsync());

        var fr = await LibrarySite.PageAsync(portal, tenant);
        Assert.Equal(6, fr.Ids.Count);
        Assert.Contains("IDARATHON 2020 : six solutions numériques nées du design thinking", fr.Html, StringComparison.Ordinal);
        Assert.Contains("Voyage d'études en Belgique", fr.Html, StringComparison.Ordinal);
        Assert.Equal(2, fr.Facet("axis")[LibrarySite.Idarathon]);

        var ar = await LibrarySite.PageAsync(portal, tenant, culture: "ar");
        Assert.Equal(6, ar.Ids.Count);
        Assert.Contains("إداراثون 2020: ست حلول رقمية وليدة التفكير التصميمي", ar.Html, StringComparison.Ordinal);
        Assert.Contains("عوامل النجاح الأساسية لبرنامج e-TAMKEEN", ar.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("library-entry\" data-id=\"[^\"]+\" lang=", ar.Html);

        using var client = portal.Anonymous();
        var page = await client.GetAsync($"{tenant.Path}/ar/bibliotheque/idarathon-2020-sit-hulul");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("فريق الخوارزمي", html, StringComparison.Ordinal);
        Assert.Contains("101", html, StringComparison.Ordinal);

        // The entry's page lays out its sections under headings in the page's language.
        Assert.Contains("<h2 id=\"library-solution\">الحل</h2>", html, StringComparison.Ordinal);
        Assert.Contains("إداراثون", html, StringComparison.Ordinal);

        // Running it again changes nothing.
        await LibrarySite.RunRecipeAsync(tenant, Include);
        Assert.Equal(6, (await LibrarySite.PageAsync(portal, tenant)).Ids.Count);
    }
}
