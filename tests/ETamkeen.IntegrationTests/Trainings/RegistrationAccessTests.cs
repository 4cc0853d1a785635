using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>Who may register whom, who sees which registrations, and that tenants see only their own.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrationAccessTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_focal_point_registers_and_sees_only_their_administrations_staff(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var mef = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        var anapec = await TrainingSite.AdministrationAsync(tenant, "Agence Nationale de Promotion de l'Emploi et des Compétences", "ANAPEC");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant));
        using var api = tenant.Api();
        await TrainingSite.RegisteredAsync(api, tenant, session, TrainingSite.Participant("karim@anapec.gov.ma", anapec, sex: "M", firstName: "Karim"));

        var focalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, focalPoint, mef);
        using var browser = await BrowserSession.SignInAsync(portal, tenant, focalPoint, Accounts.Password);
        var client = browser.Client;

        // Their own staff: registered and approved at once, since the focal point is the approver.
        var mine = await TrainingSite.RegisteredAsync(client, tenant, session, TrainingSite.Participant("samira@finances.gov.ma", mef, firstName: "Samira"));
        Assert.Equal("Approved", mine.GetProperty("status").GetString());

        // Another administration's staff: refused, and nothing stored.
        var foreign = await TrainingSite.RegisterAsync(client, tenant, session, TrainingSite.Participant("yassine@anapec.gov.ma", anapec, sex: "M"));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        var seen = await TrainingSite.RegistrationsAsync(client, tenant, session);
        Assert.Equal("samira@finances.gov.ma", Assert.Single(seen).GetProperty("participant").GetProperty("email").GetString());
        Assert.Equal(2, (await TrainingSite.RegistrationsAsync(api, tenant, session)).Count);

        // Nor may they cancel another administration's registration: it is as if it weren't there.
        var karim = (await TrainingSite.RegistrationsAsync(api, tenant, session)).Single(r => r.GetProperty("participant").GetProperty("email").GetString() == "karim@anapec.gov.ma");
        var cancel = await client.PostAsync($"{tenant.Path}/api/trainings/registrations/{karim.GetProperty("id").GetInt64()}/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_civil_servant_registers_only_themself_and_sees_no_list(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var mef = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant));
        var servant = await Accounts.CreateAsync(portal, tenant, null);
        using var browser = await BrowserSession.SignInAsync(portal, tenant, servant, Accounts.Password);
        var client = browser.Client;

        var someoneElse = await TrainingSite.RegisterAsync(client, tenant, session, TrainingSite.Participant("collegue@finances.gov.ma", mef));
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        var self = await TrainingSite.RegisteredAsync(client, tenant, session, TrainingSite.Participant($"{servant}@{tenant.Name.ToLowerInvariant()}.gov.ma", mef));
        Assert.Equal("Requested", self.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{tenant.Path}/api/trainings/sessions/{session}/registrations")).StatusCode);
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await TrainingSite.RegisterAsync(anonymous, tenant, session, TrainingSite.Participant("x@finances.gov.ma", mef))).StatusCode);

        // They may cancel their own.
        var cancel = await client.PostAsync($"{tenant.Path}/api/trainings/registrations/{self.GetProperty("id").GetInt64()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_tenant_never_sees_or_registers_for_another_tenants_sessions(string provider)
    {
        var first = await TrainingSite.TenantAsync(portal, provider);
        var second = await TrainingSite.TenantAsync(portal, provider);
        var administration = await TrainingSite.AdministrationAsync(first, "Agence de Développement du Digital", "ADD");
        var session = await TrainingSite.SessionAsync(first, await TrainingSite.TrainingAsync(first));
        using var api = first.Api();
        await TrainingSite.RegisteredAsync(api, first, session, TrainingSite.Participant("amal@add.gov.ma", administration));

        using var other = second.Api();
        Assert.Empty(System.Text.Json.JsonDocument.Parse(await other.GetStringAsync($"{second.Path}/api/trainings/sessions")).RootElement.EnumerateArray());
        Assert.Empty(System.Text.Json.JsonDocument.Parse(await other.GetStringAsync($"{second.Path}/api/trainings")).RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{second.Path}/api/trainings/sessions/{session}/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TrainingSite.RegisterAsync(other, second, session, TrainingSite.Participant("amal@add.gov.ma", administration))).StatusCode);
    }
}
