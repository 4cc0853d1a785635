using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.BrowserTests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>
/// A training from both sides, in real Chromium through the real pages: a civil servant registers
/// on the session's page, their focal point approves from "My tasks", the confirmation reaches
/// the SMTP server, the coordinator marks attendance, the hot evaluation's e-mail comes once the
/// session is over, the participant answers it, downloads the certificate, and /verify confirms it.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed partial class TrainingJourneyTests(JourneyFixture fixture)
{
    private const string Password = "Journey-pass-2026";
    private const string Administration = "admin-mtnra";

    [Fact]
    public async Task A_civil_servant_goes_from_registration_to_a_verified_certificate()
    {
        var stamp = Guid.NewGuid().ToString("N")[..6];
        var servant = "agent" + stamp;
        var focalPoint = "pointfocal" + stamp;
        var servantEmail = servant + "@mtnra.gov.ma";
        var focalPointEmail = focalPoint + "@mtnra.gov.ma";

        // The session: the day after tomorrow on the portal's clock, one day, 09:00–16:00 in Rabat.
        var day = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        var sessionPath = "formations/sessions/parcours-" + stamp;
        var sessionId = await CreateSessionAsync(day, sessionPath, "Communication digitale — parcours " + stamp);

        var admin = await fixture.NewPageAsync();
        await fixture.SignInAsync(admin);
        await CreateUserAsync(admin, servant, servantEmail, role: null);
        await CreateUserAsync(admin, focalPoint, focalPointEmail, role: "FocalPoint");
        await AssignFocalPointAsync(admin, focalPoint);

        // 1. The civil servant registers on the session's page.
        var participant = await fixture.NewPageAsync();
        await SignInAsync(participant, servant);
        await participant.GotoAsync("/fr/" + sessionPath);
        await participant.Locator("#reg-first").FillAsync("Salma");
        await participant.Locator("#reg-last").FillAsync("Benali " + stamp);
        await participant.Locator("#reg-sex-f").CheckAsync();
        await participant.Locator("#reg-administration").SelectOptionAsync(Administration);
        await participant.Locator("#reg-function").FillAsync("Chargée de communication");
        await participant.Locator("form.training-registration-form button[type=submit]").ClickAsync();
        await Assertions.Expect(participant.Locator("main")).ToContainTextAsync("attend l'approbation du point focal");

        // 2. Their focal point is told, and approves from "My tasks".
        var request = await fixture.Smtp.WaitForMessageToAsync(focalPointEmail, TimeSpan.FromSeconds(30));
        Assert.Contains("Communication digitale — parcours " + stamp, request.Subject, StringComparison.Ordinal);
        var approver = await fixture.NewPageAsync();
        await SignInAsync(approver, focalPoint);
        await approver.GotoAsync("/admin/workflows/tasks");
        var task = approver.Locator("section.user-task").Filter(new() { HasText = "Benali " + stamp }).Or(approver.Locator("section.user-task")).First;
        await task.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await approver.WaitForURLAsync(url => url.Contains("/admin/workflows/tasks", StringComparison.Ordinal));

        // 3. The participant's confirmation reaches the SMTP server.
        var confirmation = await fixture.Smtp.WaitForMessageToAsync(servantEmail, TimeSpan.FromSeconds(30));
        Assert.StartsWith("Inscription confirmée", confirmation.Subject, StringComparison.Ordinal);

        // 4. The coordinator marks attendance on the day's sheet.
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await admin.GotoAsync($"/admin/trainings/sessions/{sessionId}/attendance?day={dayText}");
        var row = admin.Locator($"tr[data-participant='{servantEmail}']");
        await row.Locator("input[type=radio][value=Present]").CheckAsync();
        await admin.Locator("form[action$='/attendance'] button[type=submit]").ClickAsync();
        await admin.WaitForLoadStateAsync();
        await admin.GotoAsync($"/admin/trainings/sessions/{sessionId}/attendance?day={dayText}");
        await Assertions.Expect(admin.Locator($"tr[data-participant='{servantEmail}'] input[value=Present]")).ToBeCheckedAsync();

        // 5. Once the session is over, the hot evaluation's e-mail comes with its link.
        fixture.Clock.Advance(day.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc) - fixture.Clock.GetUtcNow().UtcDateTime);
        var evaluation = await WaitForMailAsync(servantEmail, m => m.TextBody?.Contains("/trainings/evaluations/", StringComparison.Ordinal) == true);
        // Without a configured public address, mails sent by timers carry the path alone.
        var link = EvaluationLink().Match(evaluation.TextBody!).Groups["path"].Value;
        Assert.NotEmpty(link);
        await participant.GotoAsync(link);
        foreach (var radio in await participant.Locator("input[type=radio][value='4']").AllAsync())
        {
            await radio.CheckAsync();
        }

        await participant.Locator("#comments").FillAsync("Très utile pour nos campagnes.");
        await participant.Locator("main form button[type=submit]").ClickAsync();

        // 6. The certificate downloads as a PDF, and /verify confirms it.
        var certificate = participant.Locator("a[download]").Filter(new() { HasText = "PDF" });
        await Assertions.Expect(certificate).ToBeVisibleAsync();
        var download = await participant.RunAndWaitForDownloadAsync(() => certificate.ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var code = VerifyLink().Match(System.Text.Encoding.Latin1.GetString(pdf)) is { Success: true } found ? found.Groups[1].Value : await CodeFromPageAsync(participant);

        var visitor = await fixture.NewPageAsync();
        var verify = await visitor.GotoAsync("/fr/verify/" + code);
        Assert.Equal(200, verify!.Status);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Benali " + stamp);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Communication digitale");
    }

    private async Task<string> CreateSessionAsync(DateOnly day, string path, string title)
    {
        using var client = fixture.Portal.Client();
        var response = await client.PostAsJsonAsync("api/content", new JsonObject
        {
            ["ContentType"] = "TrainingSession",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
            ["TrainingSession"] = new JsonObject
            {
                ["Training"] = new JsonObject { ["LocalizationSets"] = new JsonArray("training-e-readiness") },
                ["Level"] = new JsonObject { ["TaxonomyContentItemId"] = "training-levels", ["TermContentItemIds"] = new JsonArray("level-central") },
                ["Region"] = new JsonObject { ["TaxonomyContentItemId"] = "training-regions", ["TermContentItemIds"] = new JsonArray("region-rabat-sale-kenitra") },
                ["City"] = new JsonObject { ["Text"] = "Rabat" },
                ["StartDate"] = new JsonObject { ["Value"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                ["EndDate"] = new JsonObject { ["Value"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                ["DailyStart"] = new JsonObject { ["Text"] = "09:00" },
                ["DailyEnd"] = new JsonObject { ["Text"] = "16:00" },
                ["MaxCapacity"] = new JsonObject { ["Value"] = 25 },
            },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["ContentItemId"]!.GetValue<string>();
    }

    private static async Task CreateUserAsync(IPage admin, string userName, string email, string? role)
    {
        await admin.GotoAsync("/admin/users/create");
        await admin.Locator("#UserName").FillAsync(userName);
        await admin.Locator("#Email").FillAsync(email);
        await admin.Locator("#Password").FillAsync(Password);
        if (role is not null)
        {
            await admin.Locator($"input[name=Roles][value={role}]").CheckAsync();
        }

        await admin.Locator("#IsEnabled").CheckAsync();
        await admin.Locator("main form button[type=submit]").ClickAsync();
        await admin.WaitForURLAsync(url => !url.EndsWith("/admin/users/create", StringComparison.Ordinal));
    }

    private static async Task AssignFocalPointAsync(IPage admin, string userName)
    {
        await admin.GotoAsync("/admin/trainings/focal-points");
        await admin.Locator("input[name=userName], input[name=UserName]").First.FillAsync(userName);
        await admin.Locator("select[name=administrationId], select[name=AdministrationId]").First.SelectOptionAsync(Administration);
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync(userName);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Waits for a mail to the address, moving the clock an hour at a time so that the hourly timer comes round.</summary>
    private async Task<MimeKit.MimeMessage> WaitForMailAsync(string address, Func<MimeKit.MimeMessage, bool> match)
    {
        for (var hour = 0; hour < 6; hour++)
        {
            fixture.Clock.Advance(TimeSpan.FromHours(1));
            try
            {
                return await fixture.Smtp.WaitForMessageAsync(m => ETamkeen.IntegrationTests.Harness.SmtpTestServer.RecipientsOf(m).Contains(address) && match(m), TimeSpan.FromSeconds(8));
            }
            catch (TimeoutException)
            {
            }
        }

        throw new TimeoutException($"No evaluation mail reached {address}.");
    }

    private static async Task<string> CodeFromPageAsync(IPage page)
    {
        var href = await page.Locator("a[href*='/verify/']").First.GetAttributeAsync("href") ?? "";
        return href[(href.LastIndexOf('/') + 1)..];
    }

    [GeneratedRegex(@"(?:https?://[^/\s""<>]+)?(?<path>/(?:[^\s""<>]*/)?trainings/evaluations/[^\s""<>]+)")]
    private static partial Regex EvaluationLink();

    [GeneratedRegex(@"/verify/([A-Za-z0-9_-]{6,})")]
    private static partial Regex VerifyLink();
}
