using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Trainings.EvaluationSite;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// Certificates: earned by an approved participant of a session that is over once they answered
/// its hot evaluation; a PDF for them (signed link or their account) and coordinators, nobody
/// else; the public page its QR code points to confirms it, and says so kindly for an unknown code.
/// </summary>
[Collection(TrainingEvaluationCollection.Name)]
public sealed partial class TrainingCertificateTests(TrainingEvaluationPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_certificate_downloads_after_the_hot_evaluation_and_verify_confirms_it(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de la Santé", "MS");
        var training = await TrainingSite.TrainingAsync(tenant, "Cybersécurité pour les agents publics");
        var session = await SessionAsync(portal, tenant, training, "Cybersécurité — Marrakech", startInDays: 1, days: 1);
        var year = portal.Today.AddDays(1).Year;

        // The participant has an account whose address is the one they were registered with.
        var holder = await Accounts.CreateAsync(portal, tenant, null);
        var holderEmail = $"{holder}@{tenant.Name.ToLowerInvariant()}.gov.ma";
        await ParticipantAsync(tenant, session, ministry, "Youssef", holderEmail);
        var silent = await ParticipantAsync(tenant, session, ministry, "Imane");

        using (var early = await BrowserSession.SignInAsync(portal, tenant, holder, Accounts.Password))
        {
            // Not before the session is over and evaluated.
            Assert.Equal(HttpStatusCode.NotFound, (await early.GetAsync($"/fr/trainings/certificates/session/{session}")).StatusCode);
        }

        portal.Clock.Advance(TimeSpan.FromDays(2));
        var link = LinkIn(await NthMessageToAsync(portal, holderEmail, 1));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(portal, link, Ratings(Hot, 4))).StatusCode);

        // The thank-you page offers the certificate through a signed link that needs no account.
        var thanks = await TextAsync(await Browser(portal).GetAsync(link + "/thanks"));
        var download = DownloadPattern().Match(thanks);
        Assert.True(download.Success, thanks);
        var number = download.Groups[1].Value;
        Assert.Matches($"^ETK-{year:0000}-\\d{{6}}$", number);
        var pdf = await Browser(portal).GetAsync(download.Groups[0].Value.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.True(pdf.StatusCode == HttpStatusCode.OK, $"{(int)pdf.StatusCode} {await pdf.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        var code = VerifyPattern().Match(text).Groups[1].Value;
        Assert.NotEmpty(code);

        // Issued once: the page shows the same number again.
        Assert.Contains(number, await TextAsync(await Browser(portal).GetAsync(link + "/thanks")), StringComparison.Ordinal);

        // Anyone may check it, in their language.
        var anonymous = Browser(portal);
        anonymous.DefaultRequestHeaders.AcceptLanguage.Clear();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var verified = await anonymous.GetAsync($"{tenant.Path}/verify/{code}");
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var verifiedPage = await TextAsync(verified);
        Assert.Contains("data-verification=\"valid\"", verifiedPage, StringComparison.Ordinal);
        Assert.Contains("Youssef Alaoui", verifiedPage, StringComparison.Ordinal);
        Assert.Contains("Cybersécurité pour les agents publics", verifiedPage, StringComparison.Ordinal);
        Assert.Contains(number, verifiedPage, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", verifiedPage, StringComparison.Ordinal);
        var french = await TextAsync(await Browser(portal).GetAsync($"{tenant.Path}/fr/verify/{code.ToLowerInvariant()}"));
        Assert.Contains("Attestation valide", french, StringComparison.Ordinal);

        // An unknown or malformed code: a friendly 404 page.
        foreach (var unknown in new[] { "ZZZZZZZZZZZZ", "not-a-code", "%3Cscript%3E" })
        {
            var missing = await Browser(portal).GetAsync($"{tenant.Path}/fr/verify/{unknown}");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("data-verification=\"unknown\"", await TextAsync(missing), StringComparison.Ordinal);
        }

        // Signed in, the holder downloads it; a stranger gets nothing, and a visitor is sent to sign in.
        var path = $"/fr/trainings/certificates/{number}.pdf";
        using (var own = await BrowserSession.SignInAsync(portal, tenant, holder, Accounts.Password))
        {
            var mine = await own.GetAsync($"/fr/trainings/certificates/session/{session}");
            Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
            var response = await own.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("%PDF", Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        using (var stranger = await Accounts.SignInAsAsync(portal, tenant, null))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/fr/trainings/certificates/session/{session}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Browser(portal).GetAsync(tenant.Path + path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(portal).GetAsync(tenant.Path + path + "?token=forged")).StatusCode);

        // Whoever hasn't answered the hot evaluation has no certificate; the coordinator downloads any.
        using (var admin = await BrowserSession.SignInAsync(portal, tenant))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            var report = await admin.PageAsync($"/admin/trainings/sessions/{session}/evaluations");
            Assert.Contains(silent, report, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"[^""\s]*/trainings/certificates/(ETK-\d{4}-\d{6})\.pdf\?token=[^""\s]+")]
    private static partial Regex DownloadPattern();

    [GeneratedRegex(@"/verify/([A-Z0-9]{12})")]
    private static partial Regex VerifyPattern();
}
