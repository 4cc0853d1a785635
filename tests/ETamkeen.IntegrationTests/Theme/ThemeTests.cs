using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Theme;

/// <summary>The public theme over HTTP: its own files on every tenant, the home page, the etamkeen recipe's pages.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ThemeTests(PortalFactory portal)
{
    [Fact]
    public async Task Theme_files_are_served_under_the_tenant_prefix_and_cached_by_version()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var visitor = portal.Anonymous();
        var home = await visitor.GetStringAsync($"{tenant.Path}/fr");

        var stylesheet = Stylesheet().Match(home);
        Assert.True(stylesheet.Success, home);
        var href = WebUtility.HtmlDecode(stylesheet.Groups["href"].Value);
        Assert.StartsWith($"{tenant.Path}/_content/ETamkeen.Theme/lib/bootstrap/bootstrap.min.css?v=", href);

        var css = await visitor.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl?.MaxAge);
        Assert.Contains("Bootstrap", await css.Content.ReadAsStringAsync());

        using var again = new HttpRequestMessage(HttpMethod.Get, href);
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{tenant.Path}/_content/ETamkeen.Theme/lib/none.css")).StatusCode);
    }

    [Theory]
    [InlineData("/fr", "fr", "ltr", "Gestion des formations", "novembre 2022", "1.500")]
    [InlineData("/ar", "ar", "rtl", "تدبير التكوينات", "نونبر 2022", "1.500")]
    [InlineData("/en", "en", "ltr", "Training management", "November 2022", "1,500")]
    public async Task Home_presents_the_sections_and_figures_in_its_culture(string path, string culture, string direction, string trainings, string month, string hours)
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Localization"]);
        using var visitor = portal.Anonymous();
        var response = await visitor.GetAsync(tenant.Path + path);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{direction}\">", page);
        Assert.Contains(trainings, page);
        foreach (var section in new[] { "trainings", "idarathon", "e-learning", "study-trips", "indicators", "library" })
        {
            Assert.Contains($"id=\"{section}\"", page);
        }

        // Figures and the month as the culture writes them; Arabic keeps Western digits.
        Assert.Contains(month, page);
        Assert.Contains($"<span class=\"etk-figure\">{hours}</span>", page);
        var format = ETamkeen.Localization.PortalCultures.Get(culture)!;
        foreach (var figure in new[] { 85.ToString("N0", format), "+" + 1000.ToString("N0", format), 0.45.ToString("P0", format), 0.91.ToString("P0", format) })
        {
            Assert.Contains($"<span class=\"etk-figure\">{figure}</span>", page);
        }

        Assert.DoesNotContain(page, c => c is >= '\u0660' and <= '\u0669');
    }

    [Theory]
    [InlineData("fr", "À propos", "Les administrations bénéficiaires sont", "Partenaires", "Instance Nationale de Probité")]
    [InlineData("en", "About", "The beneficiary administrations are", "Partners", "National Authority for Probity")]
    [InlineData("ar", "من نحن", "الإدارات المستفيدة هي", "الشركاء", "الهيئة الوطنية للنزاهة")]
    public async Task The_etamkeen_recipe_has_the_about_and_partners_pages_in_each_culture(string culture, string aboutTitle, string aboutText, string partnersTitle, string partner)
    {
        using var visitor = portal.Anonymous();

        var about = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{culture}/a-propos"));
        Assert.Contains(aboutTitle, about);
        Assert.Contains(aboutText, about);
        Assert.Contains($"lang=\"{culture}\"", about);

        var partners = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/{culture}/partenaires"));
        Assert.Contains(partnersTitle, partners);
        Assert.Contains(partner, partners);
        // The fourteen beneficiary administrations of the programme (seed 001).
        var list = BeneficiaryList().Match(partners);
        Assert.True(list.Success, partners);
        Assert.Equal(14, Regex.Count(list.Value, "<li>"));
    }

    [Fact]
    public async Task A_main_menu_item_replaces_the_default_menu()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var visitor = portal.Anonymous();
        Assert.Contains($"href=\"{tenant.Path}/fr/partenaires\"", await visitor.GetStringAsync($"{tenant.Path}/fr"));

        using var api = tenant.Api();
        var menu = new Dictionary<string, object>
        {
            ["ContentType"] = "Menu",
            ["TitlePart"] = new { Title = "Menu principal" },
            ["AliasPart"] = new { Alias = "main-menu" },
            ["MenuItemsListPart"] = new
            {
                MenuItems = new[]
                {
                    new { ContentType = "LinkMenuItem", ContentItemId = "menu-idarathon", DisplayText = "IDARATHON 2020", LinkMenuItemPart = new { Name = "IDARATHON 2020", Url = "~/fr/idarathon-2020" } },
                    new { ContentType = "LinkMenuItem", ContentItemId = "menu-learning", DisplayText = "Plateforme e-Learning", LinkMenuItemPart = new { Name = "Plateforme e-Learning", Url = "https://learning.e-tamkeen.ma/" } },
                },
            },
        };
        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", menu);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync($"{tenant.Path}/fr"));
        Assert.Contains($"<a class=\"nav-link\" href=\"{tenant.Path}/fr/idarathon-2020\">IDARATHON 2020</a>", page);
        Assert.Contains("<a class=\"nav-link\" href=\"https://learning.e-tamkeen.ma/\">Plateforme e-Learning</a>", page);
        Assert.DoesNotContain($"class=\"nav-link\" href=\"{tenant.Path}/fr/partenaires\"", page);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<ol>.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex BeneficiaryList();
}
