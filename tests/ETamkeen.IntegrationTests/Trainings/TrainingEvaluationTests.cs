using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Trainings.EvaluationSite;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// The evaluations the module's timer workflow sends: hot once the last day is over, a reminder
/// to those who haven't answered, cold eight weeks later; the form reached from the signed link
/// without an account, one answer per kind; a low score alerts the coordinators by e-mail.
/// </summary>
[Collection(TrainingEvaluationCollection.Name)]
public sealed class TrainingEvaluationTests(TrainingEvaluationPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Hot_then_cold_evaluations_reach_participants_remind_the_silent_and_alert_on_low_scores(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de la Transition Numérique", "MTNRA");
        var other = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var coordinator = await Accounts.CreateAsync(portal, tenant, "Administrator");
        var coordinatorEmail = $"{coordinator}@{tenant.Name.ToLowerInvariant()}.gov.ma";
        var session = await SessionAsync(portal, tenant, await TrainingSite.TrainingAsync(tenant), "Communication digitale — Fès");
        var salma = await ParticipantAsync(tenant, session, ministry, "Salma");
        var karim = await ParticipantAsync(tenant, session, ministry, "Karim");
        var nadia = await ParticipantAsync(tenant, session, other, "Nadia");

        // Nothing goes out before the session is over.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Empty(portal.Smtp.MessagesTo(salma));

        portal.Clock.Advance(TimeSpan.FromDays(3));
        var hot = new Dictionary<string, string>();
        foreach (var email in new[] { salma, karim, nadia })
        {
            var message = await NthMessageToAsync(portal, email, 1);
            Assert.Contains("Communication digitale — Fès", message.Subject, StringComparison.Ordinal);
            Assert.Contains("Alaoui", message.TextBody, StringComparison.Ordinal);
            hot[email] = LinkIn(message);
        }

        // Bad ratings: a 400 with a message per criterion, and nothing kept.
        var bad = Ratings(Hot, 4);
        bad["rating-trainer"] = "7";
        bad.Remove("rating-overall");
        var refused = await SubmitAsync(portal, hot[salma], bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await TextAsync(refused);
        Assert.Contains("id=\"evaluation-errors\"", errors, StringComparison.Ordinal);
        Assert.Contains("error-trainer", errors, StringComparison.Ordinal);
        Assert.Contains("error-overall", errors, StringComparison.Ordinal);

        // Salma answers well from the form, then again from a second tab: refused, said so.
        using (var browser = Browser(portal))
        {
            var antiforgery = await FormTokenAsync(browser, hot[salma]);
            var sent = await PostAsync(browser, hot[salma], antiforgery, Ratings(Hot, 5, "Très utile, formateur excellent."));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.EndsWith("/thanks", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var again = await PostAsync(browser, hot[salma], antiforgery, Ratings(Hot, 1));
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains("Évaluation déjà envoyée", await TextAsync(again), StringComparison.Ordinal);
        }

        var reopened = await Browser(portal).GetAsync(hot[salma]);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Contains("Évaluation déjà envoyée", await TextAsync(reopened), StringComparison.Ordinal);
        Assert.Empty(portal.Smtp.MessagesTo(coordinatorEmail));

        // Karim is unhappy: the coordinators hear of it.
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(portal, hot[karim], Ratings(Hot, 1, "Salle trop petite."))).StatusCode);
        var alert = await NthMessageToAsync(portal, coordinatorEmail, 1);
        Assert.Contains("Communication digitale — Fès", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("Karim Alaoui", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("Salle trop petite.", alert.TextBody, StringComparison.Ordinal);

        // Three days on, only Nadia, who hasn't answered, is reminded.
        portal.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var reminder = await NthMessageToAsync(portal, nadia, 2);
        Assert.Contains("Communication digitale — Fès", reminder.Subject, StringComparison.Ordinal);
        var reminderLink = LinkIn(reminder);
        Assert.Single(portal.Smtp.MessagesTo(salma));
        Assert.Single(portal.Smtp.MessagesTo(karim));
        Assert.Single(portal.Smtp.MessagesTo(coordinatorEmail));

        // The session's page: response rate, averages, comments and who hasn't answered.
        using (var admin = await BrowserSession.SignInAsync(portal, tenant))
        {
            var page = await admin.PageAsync($"/admin/trainings/sessions/{session}/evaluations");
            var nonRespondents = page[page.IndexOf("data-non-respondents=\"hot\"", StringComparison.Ordinal)..];
            Assert.Contains(nadia, nonRespondents, StringComparison.Ordinal);
            Assert.DoesNotContain(salma, page, StringComparison.Ordinal);
            Assert.DoesNotContain(karim, page, StringComparison.Ordinal);
            Assert.Contains("Très utile, formateur excellent.", page, StringComparison.Ordinal);
            Assert.Matches("data-response-rate=\"hot\">\\s*2[^0-9]+3", page);
            Assert.Matches("data-criterion=\"overall\">.*?<td>3</td><td>2</td>", page);
        }

        // A focal point of the other administration sees Nadia only; someone without the right, nothing.
        var focalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, focalPoint, other);
        using (var focal = await BrowserSession.SignInAsync(portal, tenant, focalPoint, Accounts.Password))
        {
            var page = await focal.PageAsync($"/admin/trainings/sessions/{session}/evaluations");
            Assert.Contains(nadia, page, StringComparison.Ordinal);
            Assert.DoesNotContain("Très utile", page, StringComparison.Ordinal);
        }

        using (var member = await Accounts.SignInAsAsync(portal, tenant, null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/admin/trainings/sessions/{session}/evaluations")).StatusCode);
        }

        // Eight weeks after the last day, the cold evaluation goes to all three.
        portal.Clock.Advance(TimeSpan.FromDays(7 * 8));
        var cold = await NthMessageToAsync(portal, salma, 2);
        await NthMessageToAsync(portal, karim, 2);
        await NthMessageToAsync(portal, nadia, 3);
        var coldLink = LinkIn(cold);
        var coldAnswer = Ratings(Cold, 4);
        coldAnswer["useAtWork"] = "Je publie désormais les actualités du service sur le portail.";
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(portal, coldLink, coldAnswer)).StatusCode);

        // Links that were changed, or have expired, are refused with a message.
        var tampered = coldLink[..^6] + (coldLink[^6] == 'A' ? 'B' : 'A') + coldLink[^5..];
        var changed = await Browser(portal).GetAsync(tampered);
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Contains("Ce lien n'est pas valide", await TextAsync(changed), StringComparison.Ordinal);
        var expired = await Browser(portal).GetAsync(reminderLink);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("Ce lien a expiré", await TextAsync(expired), StringComparison.Ordinal);

        using (var admin = await BrowserSession.SignInAsync(portal, tenant))
        {
            var page = await admin.PageAsync($"/admin/trainings/sessions/{session}/evaluations");
            Assert.Contains("Je publie désormais les actualités du service sur le portail.", page, StringComparison.Ordinal);
            Assert.Matches("data-response-rate=\"cold\">\\s*1[^0-9]+3", page);
        }
    }
}
