using ETamkeen.BrowserTests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>A visitor searches the capitalisation library from the header, in Arabic and in French.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture fixture)
{
    [Theory]
    // Typed without the hamza and the accents the entries are written with.
    [InlineData("ar-MA", "/ar", "رقمنة الادارة", "زيارة دراسية إلى بلجيكا: تبسيط المساطر ورقمنة الإدارة")]
    [InlineData("fr-FR", "/fr", "parcours certifiant", "Les parcours certifiants d'e-TAMKEEN")]
    public async Task A_visitor_finds_a_library_entry_from_the_header_and_opens_it(string locale, string home, string query, string title)
    {
        var page = await fixture.NewPageAsync(locale);
        await using var context = page.Context;
        await page.GotoAsync(home);

        await page.Locator("header form[role=search] input[name=q]").FillAsync(query);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**{home}/search?q=*");

        var hit = page.GetByRole(AriaRole.Link, new() { Name = title });
        Assert.Equal(1, await hit.CountAsync());
        Assert.True(await page.Locator("main mark").CountAsync() > 0, "The matched words are highlighted.");

        await hit.ClickAsync();
        await page.WaitForURLAsync($"**{home}/bibliotheque/*");
        Assert.Equal(title, (await page.Locator("main h1").First.InnerTextAsync()).Trim());
    }
}
