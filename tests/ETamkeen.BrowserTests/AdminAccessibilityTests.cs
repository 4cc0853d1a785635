using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ETamkeen.BrowserTests.Harness;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>axe-core, WCAG 2.1 AA, on the admin pages editors and administrators spend their day on, in French and in Arabic.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "fr", "ar" })
        {
            foreach (var path in new[] { "/admin", "/admin/contents", "/admin/contents/create/Page", "/admin/users", "/admin/roles", "/admin/settings", "/admin/features", "/admin/audit-trail", "/admin/library/review" })
            {
                data.Add(culture, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admin_page_has_no_WCAG_2_1_AA_violation(string culture, string path)
    {
        var page = await fixture.NewPageAsync(culture == "ar" ? "ar-MA" : "fr-FR");
        await using var context = page.Context;
        await fixture.SignInAsync(page);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(results.Violations.Length == 0, $"{path} ({culture}):\n" + string.Join("\n", results.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")))));
    }
}
