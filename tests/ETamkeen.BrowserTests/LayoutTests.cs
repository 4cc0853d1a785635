using ETamkeen.BrowserTests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>Direction, fonts, keyboard use and the culture switcher, as a browser renders them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    public static TheoryData<string> ArabicPages => new() { "/ar", "/ar/a-propos", "/ar/partenaires", "/ar/" + BrowserFixture.ContentPagePath };

    [Theory]
    [MemberData(nameof(ArabicPages))]
    public async Task Arabic_page_is_right_to_left_with_the_RTL_Bootstrap_and_an_Arabic_font(string path)
    {
        var page = await fixture.NewPageAsync("ar-MA");
        await using var context = page.Context;
        await page.GotoAsync(path);

        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("bootstrap.rtl.min.css", await page.GetAttributeAsync("link[rel=stylesheet]", "href"));

        // Computed styles prove the stylesheets were served and applied, not only linked.
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Contains("Noto Naskh Arabic", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).fontFamily"));
        // Bootstrap's py-4 on main: 1.5rem.
        Assert.Equal("24px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).paddingTop"));
    }

    [Theory]
    [InlineData("/fr/a-propos", "fr", "ltr", "bootstrap.min.css", "Aller au contenu principal", "Accueil")]
    [InlineData("/ar", "ar", "rtl", "bootstrap.rtl.min.css", "الانتقال إلى المحتوى الرئيسي", "الرئيسية")]
    [InlineData("/en", "en", "ltr", "bootstrap.min.css", "Skip to main content", "Home")]
    public async Task Theme_speaks_the_page_culture_in_its_direction(string path, string culture, string direction, string stylesheet, string skipLink, string home)
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(path);

        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(direction, await page.GetAttributeAsync("html", "dir"));
        Assert.EndsWith(stylesheet, (await page.GetAttributeAsync("link[rel=stylesheet]", "href"))!.Split('?')[0]);
        Assert.Equal(direction, await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal(skipLink, (await page.Locator("a[href='#main']").TextContentAsync())?.Trim());
        Assert.Equal(home, (await page.Locator("#etk-menu a.nav-link").First.TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task Sign_in_is_right_to_left_for_an_Arabic_browser()
    {
        var page = await fixture.NewPageAsync("ar-MA");
        await using var context = page.Context;
        await page.GotoAsync("/login");

        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("bootstrap.rtl.min.css", await page.GetAttributeAsync("link[rel=stylesheet]", "href"));
    }

    [Theory]
    [InlineData("/fr")]
    [InlineData("/ar/a-propos")]
    [InlineData("/login")]
    public async Task Tab_reaches_the_skip_link_first_and_it_moves_focus_to_main(string path)
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#main", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        // Hidden until focused, then on screen for sighted keyboard users.
        var box = await page.Locator("a[href='#main']").BoundingBoxAsync();
        Assert.True(box is { Width: > 10, Height: > 10 }, "The focused skip link is visible.");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'main'");
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("document.activeElement.tagName"));
    }

    [Fact]
    public async Task Page_has_the_landmarks_and_a_visible_focus_outline()
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/fr/a-propos");

        Assert.Equal(1, await page.Locator("body > header").CountAsync());
        Assert.Equal(1, await page.Locator("main#main").CountAsync());
        Assert.Equal(1, await page.Locator("body > footer").CountAsync());
        Assert.True(await page.Locator("header nav[aria-label]").CountAsync() >= 2, "The main menu and the language switcher are labelled navigation landmarks.");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.NotEqual("0px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));
    }

    [Fact]
    public async Task Culture_switcher_goes_to_the_same_page_in_the_other_culture()
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/fr/a-propos");
        Assert.Equal("À propos", (await page.Locator("main h1").First.InnerTextAsync()).Trim());

        await page.Locator("nav.etk-cultures a[hreflang=ar]").ClickAsync();
        await page.WaitForURLAsync("**/ar/a-propos");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("من نحن", (await page.Locator("main h1").First.InnerTextAsync()).Trim());
        Assert.Equal("true", await page.GetAttributeAsync("nav.etk-cultures a[hreflang=ar]", "aria-current"));

        await page.Locator("nav.etk-cultures a[hreflang=en]").ClickAsync();
        await page.WaitForURLAsync("**/en/a-propos");
        Assert.Equal("About", (await page.Locator("main h1").First.InnerTextAsync()).Trim());
    }
}
