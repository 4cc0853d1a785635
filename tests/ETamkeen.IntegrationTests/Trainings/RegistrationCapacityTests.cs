using System.Net;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>Seats, the waiting list and promotion, under the contention of a popular session.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrationCapacityTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Two_hundred_concurrent_registrations_fill_thirty_seats_and_wait_in_order_and_a_cancellation_promotes_the_first(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de la Transition Numérique et de la Réforme de l'Administration", "MTNRA");
        var training = await TrainingSite.TrainingAsync(tenant);
        var session = await TrainingSite.SessionAsync(tenant, training, maxCapacity: 30);

        using var api = tenant.Api();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            TrainingSite.RegisterAsync(api, tenant, session, TrainingSite.Participant($"agent{i:D3}@mtnra.gov.ma", ministry, firstName: $"Agent{i:D3}"))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));

        var all = await TrainingSite.RegistrationsAsync(api, tenant, session);
        Assert.Equal(200, all.Count);
        var seated = all.Where(r => r.GetProperty("status").GetString() == "Approved").ToList();
        var waiting = all.Where(r => r.GetProperty("status").GetString() == "Waitlisted").ToList();
        Assert.Equal(30, seated.Count);
        Assert.Equal(170, waiting.Count);

        // In order: positions 1..170 with none skipped or repeated, given in the order the requests were served.
        var positions = waiting.Select(r => r.GetProperty("waitlistPosition").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, 170).Select(i => (long)i), positions);
        var served = waiting.Select(r => r.GetProperty("requestedUtc").GetDateTime()).ToList();
        Assert.Equal(served.OrderBy(d => d), served);
        Assert.True(seated.Max(r => r.GetProperty("requestedUtc").GetDateTime()) <= served[0], "A seat went to someone served after the first waiting.");

        var sessions = JsonDocument.Parse(await api.GetStringAsync($"{tenant.Path}/api/trainings/sessions")).RootElement;
        var listed = Assert.Single(sessions.EnumerateArray());
        Assert.Equal(30, listed.GetProperty("seatsTaken").GetInt32());
        Assert.Equal("Full", listed.GetProperty("status").GetString());

        var leaving = seated[7].GetProperty("id").GetInt64();
        var cancel = await api.PostAsync($"{tenant.Path}/api/trainings/registrations/{leaving}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var after = await TrainingSite.RegistrationsAsync(api, tenant, session);
        var first = waiting[0].GetProperty("id").GetInt64();
        var promoted = after.Single(r => r.GetProperty("id").GetInt64() == first);
        Assert.Equal("Requested", promoted.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, promoted.GetProperty("waitlistPosition").ValueKind);
        Assert.Equal("Cancelled", after.Single(r => r.GetProperty("id").GetInt64() == leaving).GetProperty("status").GetString());
        Assert.Equal(30, after.Count(r => r.GetProperty("status").GetString() is "Approved" or "Requested"));
        Assert.Equal(169, after.Count(r => r.GetProperty("status").GetString() == "Waitlisted"));

        // Cancelling twice changes nothing and says so.
        var again = await api.PostAsync($"{tenant.Path}/api/trainings/registrations/{leaving}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(30, after.Count(r => r.GetProperty("status").GetString() is "Approved" or "Requested"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_full_session_says_so_and_gives_the_place_on_the_waiting_list(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant), maxCapacity: 1);
        using var api = tenant.Api();
        await TrainingSite.RegisteredAsync(api, tenant, session, TrainingSite.Participant("premiere@add.gov.ma", ministry));

        var response = await TrainingSite.RegisterAsync(api, tenant, session, TrainingSite.Participant("seconde@add.gov.ma", ministry));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Waitlisted", body.GetProperty("registration").GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("registration").GetProperty("waitlistPosition").GetInt64());
        Assert.Contains("waiting list", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
