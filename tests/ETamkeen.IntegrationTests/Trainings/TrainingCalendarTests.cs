using System.Globalization;
using System.Net;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Ical.Net;
using Xunit;
using Calendar = Ical.Net.Calendar;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>The iCalendar of a session and of a filter: one event per day in Morocco's time, stable UIDs, cancellations; bad input is a 400 or 404 with a reason.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingCalendarTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_sessions_ics_has_one_event_per_day_in_casablanca_time_with_stable_uids(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var training = await TrainingPages.TrainingSetAsync(tenant);
        var session = await TrainingSite.SessionAsync(tenant, training, startInDays: 30, days: 3, dailyStart: "09:00", dailyEnd: "16:00");
        var cancelled = await TrainingSite.SessionAsync(tenant, training, startInDays: 60, days: 2, title: "Session annulée", cancelled: true);
        using var client = portal.Anonymous();

        var response = await client.GetAsync($"{tenant.Path}/api/trainings/sessions/{session}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("TZID:Africa/Casablanca", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.Start!.Value).ToList();
        Assert.Equal(3, events.Count);
        var first = DateTime.UtcNow.Date.AddDays(30);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("Africa/Casablanca", events[i].Start!.TzId);
            Assert.Equal(first.AddDays(i).AddHours(9), events[i].Start!.Value);
            Assert.Equal(first.AddDays(i).AddHours(16), events[i].End!.Value);
            Assert.Contains("Communication digitale et e-Readiness", events[i].Summary, StringComparison.Ordinal);
            Assert.Equal("Rabat", events[i].Location);
            Assert.Contains("/formations/sessions/", events[i].Url!.ToString(), StringComparison.Ordinal);
            Assert.NotEqual("CANCELLED", events[i].Status);
        }

        Assert.Equal(3, events.Select(e => e.Uid).Distinct().Count());
        var again = Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions/{session}.ics"))!;
        Assert.Equal(events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());

        var gone = Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions/{cancelled}.ics"))!;
        Assert.Equal(2, gone.Events.Count);
        Assert.All(gone.Events, e => Assert.Equal("CANCELLED", e.Status));

        // The feed: every published session's days; a region with none gives an empty calendar; a window narrows it.
        var feed = Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions.ics"))!;
        Assert.Equal(5, feed.Events.Count);
        var fes = Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions.ics?region={TrainingSite.FesRegion}"))!;
        Assert.Empty(fes.Events);
        var window = $"from={first:yyyy-MM-dd}&to={first.AddDays(10):yyyy-MM-dd}";
        Assert.Equal(3, Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions.ics?{window}&training={training}"))!.Events.Count);
        Assert.Empty(Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions.ics?training=none"))!.Events);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Unknown_draft_or_foreign_sessions_are_404_and_bad_filters_400_with_a_message(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var training = await TrainingPages.TrainingSetAsync(tenant);
        var draft = await TrainingSite.SessionAsync(tenant, training, title: "Session brouillon", publish: false);
        var otherTenant = await TrainingSite.TenantAsync(portal, provider);
        var foreign = await TrainingSite.SessionAsync(otherTenant, await TrainingPages.TrainingSetAsync(otherTenant), title: "Session de l'autre ministère");
        using var client = portal.Anonymous();

        foreach (var id in new[] { draft, foreign, "inconnue", "%27%3B--" })
        {
            var response = await client.GetAsync($"{tenant.Path}/api/trainings/sessions/{id}.ics");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{id}: {(int)response.StatusCode}");
            Assert.Contains("session", await TrainingSite.ProblemAsync(response), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(Calendar.Load(await client.GetStringAsync($"{tenant.Path}/api/trainings/sessions.ics"))!.Events);

        foreach (var query in new[] { "from=abc", "to=2022-13-01", "from=2022-11-30&to=2022-11-01", "region=atlantide" })
        {
            var response = await client.GetAsync($"{tenant.Path}/api/trainings/sessions.ics?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        }
    }
}
