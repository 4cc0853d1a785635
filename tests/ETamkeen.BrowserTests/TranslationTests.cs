using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ETamkeen.BrowserTests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>An editor translates a page in the admin, beside its source; a visitor's switcher then lands on the translation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_editor_translates_a_page_beside_its_source_and_the_switcher_lands_on_the_translation()
    {
        var path = "calendrier-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Portal.CreateContentAsync(new Dictionary<string, object>
        {
            ["ContentType"] = "Page",
            ["TitlePart"] = new { Title = "Calendrier des formations" },
            ["AutoroutePart"] = new { Path = path },
            ["LocalizationPart"] = new { Culture = "fr" },
            ["HtmlBodyPart"] = new { Html = "<p>Les sessions de 2022 à Marrakech et à Fès.</p>" },
        });

        var page = await fixture.NewPageAsync("fr-FR");
        await using var context = page.Context;
        await fixture.SignInAsync(page);

        // From the public page to its editor, then "Translate into العربية".
        await page.GotoAsync($"/admin/contents?q={Uri.EscapeDataString("Calendrier des formations")}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendrier des formations" }).ClickAsync();
        await page.Locator("form:has(input[name=culture][value=ar]) button").ClickAsync();
        await page.WaitForURLAsync("**/edit?source=*");

        Assert.Equal("Calendrier des formations", (await page.Locator(".side-by-side dd[lang=fr]").First.InnerTextAsync()).Trim());
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"- {v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Take(3).Select(n => n.Html)))));

        await page.Locator("input[name='TitlePart.Title']").FillAsync("جدول التكوينات");
        await page.Locator("input[name='AutoroutePart.Path']").FillAsync(path + "-ar");
        await page.Locator("button[name='submit.action'][value=publish]").ClickAsync();
        await page.WaitForURLAsync("**/edit?*");

        // A visitor reads the French page and switches to Arabic: the translation, at its own path.
        var visitor = await fixture.NewPageAsync("fr-FR");
        await using var visitorContext = visitor.Context;
        await visitor.GotoAsync($"/fr/{path}");
        await visitor.Locator("nav.etk-cultures a[hreflang=ar]").ClickAsync();
        await visitor.WaitForURLAsync($"**/ar/{path}-ar");
        Assert.Equal("rtl", await visitor.GetAttributeAsync("html", "dir"));
        Assert.Equal("جدول التكوينات", (await visitor.Locator("main h1").First.InnerTextAsync()).Trim());

        // No English translation: the switcher goes to the English home, without error.
        await visitor.Locator("nav.etk-cultures a[hreflang=en]").ClickAsync();
        await visitor.WaitForURLAsync("**/en");
        Assert.Equal("en", await visitor.GetAttributeAsync("html", "lang"));
    }
}
