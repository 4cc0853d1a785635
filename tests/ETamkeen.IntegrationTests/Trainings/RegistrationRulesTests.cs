using System.Net;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>What a registration is refused for, with the message a person reads, and that a refusal changes nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrationRulesTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Closed_cancelled_reserved_twice_and_overlapping_registrations_are_refused_with_the_reason(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var mef = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        var dgct = await TrainingSite.AdministrationAsync(tenant, "Direction Générale des Collectivités Territoriales", "DGCT", TrainingSite.Local);
        var training = await TrainingSite.TrainingAsync(tenant);
        var open = await TrainingSite.SessionAsync(tenant, training, title: "Session ouverte");
        var sameTime = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant, "Cybersécurité, sensibilisation des utilisateurs"), title: "Cybersécurité — mêmes jours", dailyStart: "14:00", dailyEnd: "17:00");
        var closed = await TrainingSite.SessionAsync(tenant, training, title: "Session close", closes: DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));
        var notYet = await TrainingSite.SessionAsync(tenant, training, title: "Session pas encore ouverte", startInDays: 90, opens: DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"));
        var cancelled = await TrainingSite.SessionAsync(tenant, training, title: "Session annulée", cancelled: true);
        var reserved = await TrainingSite.SessionAsync(tenant, training, title: "Session DGCT", startInDays: 60, administrations: [dgct]);
        var draft = await TrainingSite.SessionAsync(tenant, training, title: "Brouillon", startInDays: 120, publish: false);
        var held = await TrainingSite.SessionAsync(tenant, training, title: "Session passée", startInDays: -10, days: 2);

        using var api = tenant.Api();
        var person = TrainingSite.Participant("nadia.alaoui@finances.gov.ma", mef);
        await TrainingSite.RegisteredAsync(api, tenant, open, person);

        await Refused(closed, HttpStatusCode.Conflict, "Registration closed on");
        await Refused(notYet, HttpStatusCode.Conflict, "Registration opens on");
        await Refused(cancelled, HttpStatusCode.Conflict, "This session has been cancelled.");
        await Refused(held, HttpStatusCode.Conflict, "This session has already taken place.");
        await Refused(reserved, HttpStatusCode.Conflict, "This session is reserved for other administrations.");
        await Refused(draft, HttpStatusCode.NotFound, "This session doesn't exist or isn't published.");
        await Refused("nosuchsession", HttpStatusCode.NotFound, "This session doesn't exist or isn't published.");
        await Refused(open, HttpStatusCode.Conflict, "is already registered for this session (approved)");
        await Refused(sameTime, HttpStatusCode.Conflict, "is already registered for «Session ouverte», at the same time.");

        // Nothing of the refused attempts was stored.
        Assert.Single(await TrainingSite.RegistrationsAsync(api, tenant, open));
        Assert.Empty(await TrainingSite.RegistrationsAsync(api, tenant, sameTime));
        Assert.Empty(await TrainingSite.RegistrationsAsync(api, tenant, reserved));

        async Task Refused(string session, HttpStatusCode status, string message)
        {
            var response = await TrainingSite.RegisterAsync(api, tenant, session, person);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(message, await TrainingSite.ProblemAsync(response), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Bad_participant_details_are_refused_field_by_field(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var mef = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant));
        using var api = tenant.Api();

        var bad = TrainingSite.Participant("pas-une-adresse", "nosuchadministration", sex: "X", firstName: "");
        bad["regionTermId"] = "region-atlantis";
        var response = await TrainingSite.RegisterAsync(api, tenant, session, bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("is not an e-mail address", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("The first name is required.", errors.GetProperty("firstName")[0].GetString());
        Assert.StartsWith("Sex must be F or M", errors.GetProperty("sex")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("This administration is not one of the programme's.", errors.GetProperty("administrationId")[0].GetString());
        Assert.Equal("This region is not one of the Kingdom's twelve.", errors.GetProperty("regionTermId")[0].GetString());

        var noBody = await api.PostAsync($"{tenant.Path}/api/trainings/sessions/{session}/registrations", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        var notJson = await api.PostAsync($"{tenant.Path}/api/trainings/sessions/{session}/registrations", new StringContent("{ participant: ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        Assert.Empty(await TrainingSite.RegistrationsAsync(api, tenant, session));
        var sessions = await api.GetAsync($"{tenant.Path}/api/trainings/sessions?from=2022-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, sessions.StatusCode);
        var backwards = await api.GetAsync($"{tenant.Path}/api/trainings/sessions?from=2022-12-01&to=2022-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }
}
