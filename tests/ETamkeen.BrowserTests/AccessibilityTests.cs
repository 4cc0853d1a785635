using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ETamkeen.BrowserTests.Harness;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>axe-core in Chromium, WCAG 2.0 and 2.1 levels A and AA: the public pages in French and in Arabic.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly List<string> _wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static TheoryData<string, string> Pages => new()
    {
        { "fr", "/fr" },
        { "ar", "/ar" },
        { "fr", "/fr/a-propos" },
        { "ar", "/ar/a-propos" },
        { "fr", "/fr/partenaires" },
        { "ar", "/ar/partenaires" },
        { "fr", "/fr/" + BrowserFixture.ContentPagePath },
        { "ar", "/ar/" + BrowserFixture.ContentPagePath },
        { "fr", "/fr/search?q=" + Uri.EscapeDataString("formations certifiantes") },
        { "ar", "/ar/search?q=" + Uri.EscapeDataString("المسارات الإشهادية") },
        { "fr", "/fr/library" },
        { "ar", "/ar/library" },
        { "fr", "/fr/bibliotheque/idarathon-2020-six-solutions" },
        { "ar", "/ar/bibliotheque/idarathon-2020-sit-hulul" },
        // Sign-in has no culture in its path: the browser's language asks for one.
        { "fr", "/login" },
        { "ar", "/login" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_1_AA_violation(string culture, string path)
    {
        var page = await fixture.NewPageAsync(culture == "ar" ? "ar-MA" : "fr-FR");
        await using var context = page.Context;
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = _wcag21AA },
        });

        Assert.True(results.Violations.Length == 0, $"{path} ({culture}):\n" + string.Join("\n", results.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")))));
    }
}
