using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ETamkeen.BrowserTests.Harness;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>axe-core, WCAG 2.1 AA, on the public trainings pages (catalogue, calendar, a session with and without its form), in French and in Arabic.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingPagesAccessibilityTests(BrowserFixture fixture)
{
    private const string TrainingSet = "axe-training-communication";
    private const string SessionPath = "formations/sessions/axe-session-rabat";
    private static readonly SemaphoreSlim s_setup = new(1, 1);
    private static bool s_ready;

    public static TheoryData<string, string, bool> Pages()
    {
        var month = DateTime.UtcNow.Date.AddDays(20).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var data = new TheoryData<string, string, bool>();
        foreach (var culture in new[] { "fr", "ar" })
        {
            data.Add(culture, $"/{culture}/trainings", false);
            data.Add(culture, $"/{culture}/trainings?region=region-rabat-sale-kenitra&month={month}", false);
            data.Add(culture, $"/{culture}/trainings/calendar?month={month}", false);
            data.Add(culture, $"/{culture}/{SessionPath}", false);
            data.Add(culture, $"/{culture}/{SessionPath}", true);
            data.Add(culture, $"/{culture}/trainings/mine", true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Training_page_has_no_WCAG_2_1_AA_violation(string culture, string path, bool signedIn)
    {
        await SetUpAsync();
        var page = await fixture.NewPageAsync(culture == "ar" ? "ar-MA" : "fr-FR");
        await using var context = page.Context;
        if (signedIn)
        {
            await fixture.SignInAsync(page);
        }

        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));
        if (path.EndsWith(SessionPath, StringComparison.Ordinal))
        {
            Assert.Equal(signedIn ? 1 : 0, await page.Locator("form.training-registration-form").CountAsync());
        }

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(results.Violations.Length == 0, $"{path} ({culture}):\n" + string.Join("\n", results.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")))));
    }

    /// <summary>The module on, an administration, a training and an open session in Rabat, made once for the fixture's portal.</summary>
    private async Task SetUpAsync()
    {
        await s_setup.WaitAsync();
        try
        {
            if (s_ready)
            {
                return;
            }

            await fixture.Portal.EnableFeatureAsync("ETamkeen.Trainings");
            await fixture.Portal.CreateContentAsync(new Dictionary<string, object>
            {
                ["ContentType"] = "Administration",
                ["TitlePart"] = new { Title = "Agence de Développement du Digital" },
                ["Administration"] = new { NameAr = new { Text = "وكالة التنمية الرقمية" }, Acronym = new { Text = "ADD" }, Level = Terms("training-levels", "level-central") },
            });
            await fixture.Portal.CreateContentAsync(new Dictionary<string, object>
            {
                ["ContentType"] = "Training",
                ["TitlePart"] = new { Title = "Communication digitale et e-Readiness" },
                ["LocalizationPart"] = new { Culture = "fr", LocalizationSet = TrainingSet },
                ["Training"] = new Dictionary<string, object>
                {
                    ["Axis"] = Terms("training-axes", "axis-communication"),
                    ["Modality"] = Terms("training-modalities", "modality-in-person"),
                    ["DurationDays"] = new { Value = 3 },
                    ["DurationHours"] = new { Value = 18 },
                    ["Summary"] = new { Text = "Comprendre les spécificités de la communication digitale." },
                    ["Objectives"] = new { Html = "<p>Élaborer une stratégie de communication digitale.</p>" },
                },
            });
            var start = DateTime.UtcNow.Date.AddDays(20);
            await fixture.Portal.CreateContentAsync(new Dictionary<string, object>
            {
                ["ContentType"] = "TrainingSession",
                ["TitlePart"] = new { Title = "Session de Rabat (axe)" },
                ["AutoroutePart"] = new { Path = SessionPath },
                ["TrainingSession"] = new Dictionary<string, object>
                {
                    ["Training"] = new { LocalizationSets = new[] { TrainingSet } },
                    ["Level"] = Terms("training-levels", "level-central"),
                    ["Region"] = Terms("training-regions", "region-rabat-sale-kenitra"),
                    ["City"] = new { Text = "Rabat" },
                    ["Venue"] = new { Text = "Agence de Développement du Digital" },
                    ["StartDate"] = new { Value = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    ["EndDate"] = new { Value = start.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    ["DailyStart"] = new { Text = "09:00" },
                    ["DailyEnd"] = new { Text = "16:00" },
                    ["MaxCapacity"] = new { Value = 25 },
                },
            });
            s_ready = true;
        }
        finally
        {
            s_setup.Release();
        }
    }

    private static object Terms(string taxonomy, string term) => new { TaxonomyContentItemId = taxonomy, TermContentItemIds = new[] { term } };
}
