using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>The public catalogue and calendar: what is published, filtered and counted, in three languages; bad filters say what is wrong.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingPublicPagesTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_catalogue_groups_published_trainings_by_axis_with_filters_counts_and_next_sessions(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var communication = await TrainingSite.TrainingAsync(tenant, set: "set-communication");
        var cloud = await TrainingPages.TrainingAsync(tenant, "Travail collaboratif à distance", TrainingPages.AxisCloud, TrainingPages.Remote, set: "set-cloud");
        var unplanned = await TrainingPages.TrainingAsync(tenant, "Cybersécurité pour tous", TrainingPages.AxisCloud, TrainingSite.InPerson, set: "set-cyber");
        var draft = await TrainingPages.TrainingAsync(tenant, "Brouillon", TrainingSite.AxisCommunication, TrainingSite.InPerson, publish: false);

        var rabat = await TrainingSite.SessionAsync(tenant, "set-communication", startInDays: 30, title: "Session de Rabat");
        var fes = await TrainingSite.SessionAsync(tenant, "set-cloud", startInDays: 30, title: "Session de Fès");
        await TrainingPages.MoveAsync(tenant, fes, TrainingSite.FesRegion, "Fès");
        await TrainingSite.SessionAsync(tenant, "set-cloud", startInDays: 75, title: "Session tardive de Rabat");
        await TrainingSite.SessionAsync(tenant, "set-cyber", startInDays: -10, days: 2, title: "Session passée");

        var fr = await TrainingPages.PageAsync(portal, tenant, "/fr/trainings");
        Assert.Contains(communication, TrainingPages.Cards(fr));
        Assert.Contains(cloud, TrainingPages.Cards(fr));
        Assert.Contains(unplanned, TrainingPages.Cards(fr));
        Assert.DoesNotContain(draft, fr, StringComparison.Ordinal);
        Assert.Contains("Communication et formations digitales", fr, StringComparison.Ordinal);
        Assert.Contains("3 jours", fr, StringComparison.Ordinal);
        Assert.Contains("18 heures", fr, StringComparison.Ordinal);
        Assert.Contains("Présentiel", fr, StringComparison.Ordinal);
        Assert.Contains("Comprendre les spécificités de la communication digitale.", fr, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{rabat}\"", fr, StringComparison.Ordinal);
        Assert.Contains("Ouverte", fr, StringComparison.Ordinal);
        Assert.Equal(1, TrainingPages.Facet(fr, "region")[TrainingSite.FesRegion]);
        Assert.Equal(2, TrainingPages.Facet(fr, "region")[TrainingSite.RabatRegion]);
        Assert.Equal(2, TrainingPages.Facet(fr, "axis")[TrainingPages.AxisCloud]);
        Assert.Equal(1, TrainingPages.Facet(fr, "modality")[TrainingPages.Remote]);
        Assert.Equal(2, TrainingPages.Facet(fr, "month")[TrainingPages.Month(30)]);

        // Region and month select trainings by their sessions to come there and then; the past session counts for nothing.
        Assert.Equal([cloud], TrainingPages.Cards(await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings?region={TrainingSite.FesRegion}")));
        var rabatPage = await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings?region={TrainingSite.RabatRegion}");
        Assert.Equal(new[] { communication, cloud }.Order(), TrainingPages.Cards(rabatPage).Order());
        Assert.Equal(1, TrainingPages.Facet(rabatPage, "axis")[TrainingPages.AxisCloud]);
        Assert.Equal(new[] { communication, cloud }.Order(), TrainingPages.Cards(await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings?month={TrainingPages.Month(30)}")).Order());
        Assert.Equal([cloud], TrainingPages.Cards(await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings?axis={TrainingPages.AxisCloud}&region={TrainingSite.RabatRegion}")));
        Assert.Equal([cloud], TrainingPages.Cards(await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings?modality={TrainingPages.Remote}")));

        // Arabic and English: the same catalogue, laid out right to left in Arabic; the French trainings marked as French.
        var ar = await TrainingPages.PageAsync(portal, tenant, "/ar/trainings");
        Assert.Contains("dir=\"rtl\"", ar, StringComparison.Ordinal);
        Assert.Contains("دليل التكوينات", ar, StringComparison.Ordinal);
        Assert.Contains($"data-id=\"{communication}\" lang=\"fr\" dir=\"ltr\"", ar, StringComparison.Ordinal);
        Assert.Equal(3, TrainingPages.Cards(ar).Count);
        var en = await TrainingPages.PageAsync(portal, tenant, "/en/trainings");
        Assert.Contains("Training catalogue", en, StringComparison.Ordinal);
        Assert.Contains("Open", en, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Bad_filters_give_a_400_that_says_what_is_wrong_never_a_500(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        await TrainingSite.SessionAsync(tenant, await TrainingPages.TrainingSetAsync(tenant));
        var cases = new (string Path, string Message)[]
        {
            ("/fr/trainings?month=abc", "Un mois s'écrit comme 2022-11."),
            ("/fr/trainings?month=2022-13", "Un mois s'écrit comme 2022-11."),
            ("/fr/trainings?region=atlantide", "Cette région n'est pas l'une des douze régions du Royaume."),
            ("/fr/trainings?axis=%3Cscript%3E", "Cet axe n'est pas l'un des cinq axes du catalogue."),
            ("/fr/trainings?modality=x", "Cette modalité n'est pas l'une de celles du catalogue."),
            ("/fr/trainings/calendar?month=abc", "Un mois s'écrit comme 2022-11."),
            ("/fr/trainings/calendar?month=99999-01", "Un mois s'écrit comme 2022-11."),
            ("/ar/trainings/calendar?region=nowhere", "هذه الجهة ليست من جهات المملكة الاثنتي عشرة."),
        };
        foreach (var (path, message) in cases)
        {
            var (status, html) = await TrainingPages.GetAsync(portal, tenant, path);
            Assert.True(status == HttpStatusCode.BadRequest, $"{path}: {(int)status}");
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await TrainingPages.GetAsync(portal, tenant, "/de/trainings")).Status);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_calendar_lists_the_months_sessions_by_day_with_status_and_seats_and_hides_drafts(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var training = await TrainingPages.TrainingSetAsync(tenant);
        var open = await TrainingSite.SessionAsync(tenant, training, maxCapacity: 2, startInDays: 40, days: 1, title: "Session ouverte");
        var cancelled = await TrainingSite.SessionAsync(tenant, training, startInDays: 40, days: 1, title: "Session annulée", dailyStart: "17:00", dailyEnd: "18:00", cancelled: true);
        var draft = await TrainingSite.SessionAsync(tenant, training, startInDays: 40, days: 1, title: "Session brouillon", publish: false);
        var later = await TrainingSite.SessionAsync(tenant, training, startInDays: 120, title: "Session plus tard");
        using (var api = tenant.Api())
        {
            await TrainingSite.RegisteredAsync(api, tenant, open, TrainingSite.Participant("agent@add.gov.ma", ministry));
        }

        var month = TrainingPages.Month(40);
        var fr = await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings/calendar?month={month}");
        Assert.Contains($"data-month=\"{month}\"", fr, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{open}\" data-status=\"Open\"", fr, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{cancelled}\" data-status=\"Cancelled\"", fr, StringComparison.Ordinal);
        Assert.DoesNotContain(draft, fr, StringComparison.Ordinal);
        Assert.DoesNotContain(later, fr, StringComparison.Ordinal);
        Assert.Contains("data-seats-left=\"1\"", fr, StringComparison.Ordinal);
        Assert.Contains("1 place restante", fr, StringComparison.Ordinal);
        Assert.Contains("Annulée", fr, StringComparison.Ordinal);
        Assert.Contains("/api/trainings/sessions.ics", fr, StringComparison.Ordinal);
        var day = DateTime.UtcNow.Date.AddDays(40);
        Assert.Contains(day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-MA")), fr, StringComparison.Ordinal);

        var ar = await TrainingPages.PageAsync(portal, tenant, $"/ar/trainings/calendar?month={month}");
        Assert.Contains("ملغاة", ar, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", ar, StringComparison.Ordinal);

        // Another region has none of them; the subscribe link keeps the region.
        var fes = await TrainingPages.PageAsync(portal, tenant, $"/fr/trainings/calendar?month={month}&region={TrainingSite.FesRegion}");
        Assert.DoesNotContain(open, fes, StringComparison.Ordinal);
        Assert.Contains($"sessions.ics?region={TrainingSite.FesRegion}", fes, StringComparison.Ordinal);
        Assert.Contains("data-sessions=\"0\"", fes, StringComparison.Ordinal);
    }
}
