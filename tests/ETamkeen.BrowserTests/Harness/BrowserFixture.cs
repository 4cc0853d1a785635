using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests.Harness;

/// <summary>
/// One portal and one Chromium for the whole run: starting either costs seconds, and each
/// test opens its own browser context (cookies, locale), so tests stay independent.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium. Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A page that only the tests create: the layout around content an editor may write.</summary>
    public const string ContentPagePath = "guide-accessibilite";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture()
        : this(new PortalServer())
    {
    }

    /// <summary>For a collection that needs a host of its own (its own clock or mail server).</summary>
    protected BrowserFixture(PortalServer portal) => Portal = portal;

    public PortalServer Portal { get; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await Portal.StartAsync();
        // The culture of sign-in and the theme's translations come from the localization feature.
        await Portal.EnableFeatureAsync("ETamkeen.Localization");
        await CreateContentPageAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Portal.Dispose();
    }

    /// <summary>A fresh context: its own cookies, the given language in Accept-Language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Portal.Address, Locale = locale });
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page's context in as the administrator, through the sign-in form.</summary>
    public async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await page.Locator("input[name=UserName]").FillAsync("admin");
        await page.Locator("input[name=Password]").FillAsync(PortalServer.AdminPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    private async Task CreateContentPageAsync()
    {
        var set = Guid.NewGuid().ToString("N");
        await Portal.CreateContentAsync(Page(set, "fr", "Guide d’accessibilité", """
            <p>Le portail e-TAMKEEN suit le <a href="https://www.w3.org/TR/WCAG21/" lang="en">WCAG 2.1</a>, niveau AA.</p>
            <h2>Parcours certifiants</h2>
            <ol><li>Les nouvelles approches innovantes en gestion de projets</li><li>Confiance numérique</li><li>Communication digitale et e-Réputation</li></ol>
            <h2>Chiffres</h2>
            <table><caption>Formations dispensées (novembre 2022)</caption>
            <thead><tr><th scope="col">Indicateur</th><th scope="col">Valeur</th></tr></thead>
            <tbody><tr><td>Heures de formation</td><td>1500</td></tr><tr><td>Sessions</td><td>85</td></tr></tbody></table>
            """));
        await Portal.CreateContentAsync(Page(set, "ar", "دليل الولوجية", """
            <p>تعتمد بوابة e-TAMKEEN معايير <a href="https://www.w3.org/TR/WCAG21/" lang="en" dir="ltr">WCAG 2.1</a>، المستوى AA.</p>
            <h2>المسارات الإشهادية</h2>
            <ol><li>المقاربات المبتكرة الجديدة في تدبير المشاريع</li><li>الثقة الرقمية</li><li>التواصل الرقمي والسمعة الإلكترونية</li></ol>
            <h2>أرقام</h2>
            <table><caption>التكوينات المنجزة (نونبر 2022)</caption>
            <thead><tr><th scope="col">المؤشر</th><th scope="col">القيمة</th></tr></thead>
            <tbody><tr><td>ساعات التكوين</td><td>1500</td></tr><tr><td>الدورات</td><td>85</td></tr></tbody></table>
            """));
    }

    private static object Page(string set, string culture, string title, string html) => new Dictionary<string, object>
    {
        ["ContentType"] = "Page",
        ["TitlePart"] = new { Title = title },
        ["AutoroutePart"] = new { Path = ContentPagePath },
        ["LocalizationPart"] = new { LocalizationSet = set, Culture = culture },
        ["HtmlBodyPart"] = new { Html = html },
    };
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
