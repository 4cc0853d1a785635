using System.Net;
using System.Net.Http.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Recipes;

/// <summary>MTNRA provisions a ministry from the ministry recipe with its names in three languages and its acronym.</summary>
[Collection(PortalCollection.Name)]
public sealed class MinistryRecipeTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_ministry_gets_its_home_and_about_pages_in_three_languages_roles_and_admin(string provider)
    {
        var name = "Min" + Guid.NewGuid().ToString("N")[..10];
        var prefix = name.ToLowerInvariant();
        using var api = portal.Api();
        var created = await api.PostAsJsonAsync("/api/tenants", new
        {
            name,
            urlPrefix = prefix,
            recipe = "ministry",
            adminUserName = "admin",
            adminEmail = "admin@sante.gov.ma",
            adminPassword = PortalFactory.AdminPassword,
            databaseProvider = provider,
            connectionString = provider == Databases.Postgres ? Databases.PostgresConnectionString : null,
            parameters = new Dictionary<string, string>
            {
                ["MinistryNameFr"] = "Ministère de la Santé et de la Protection Sociale",
                ["MinistryNameAr"] = "وزارة الصحة والحماية الاجتماعية",
                ["MinistryNameEn"] = "Ministry of Health and Social Protection",
                ["MinistryAcronym"] = "MSPS",
            },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        using var visitor = portal.Anonymous();
        var fr = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{prefix}/fr/a-propos"));
        Assert.Contains("Ministère de la Santé et de la Protection Sociale est bénéficiaire d'e-TAMKEEN", fr);
        var ar = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{prefix}/ar/a-propos"));
        Assert.Contains("وزارة الصحة والحماية الاجتماعية مستفيدة من برنامج e-TAMKEEN", ar);
        Assert.Contains("dir=\"rtl\"", ar);
        var en = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{prefix}/en/a-propos"));
        Assert.Contains("The Ministry of Health and Social Protection is a beneficiary", en);
        Assert.Contains("(MSPS)", WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{prefix}/fr/accueil")));

        // The site is named after the ministry, and its administrator manages it.
        using var admin = await BrowserSession.SignInAsync(portal, new TestTenant(portal, name, prefix));
        Assert.Contains("Ministère de la Santé et de la Protection Sociale", await admin.PageAsync("/admin"));
        var roles = await admin.PageAsync("/admin/roles");
        Assert.Contains("FocalPoint", roles);
        Assert.Contains("Point focal e-TAMKEEN", roles);
    }
}
