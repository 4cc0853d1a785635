using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.IntegrationTests.Workflows;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// The approval workflow the module ships: a civil servant's request e-mails their focal point,
/// waits on the focal point's "My tasks", and the decision reaches the participant by e-mail.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed partial class RegistrationApprovalTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_request_waits_for_the_focal_point_of_its_administration_whose_approval_reaches_the_participant(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        var other = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant), title: "Communication digitale — Rabat");

        var focalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, focalPoint, ministry);
        var otherFocalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, otherFocalPoint, other);

        // A civil servant with a plain account registers themself with their account's address.
        var servant = await Accounts.CreateAsync(portal, tenant, null);
        var servantEmail = $"{servant}@{tenant.Name.ToLowerInvariant()}.gov.ma";
        using var servantSession = await BrowserSession.SignInAsync(portal, tenant, servant, Accounts.Password);
        var servantApi = servantSession.Client;
        var registration = await TrainingSite.RegisteredAsync(servantApi, tenant, session, TrainingSite.Participant(servantEmail, ministry));
        Assert.Equal("Requested", registration.GetProperty("status").GetString());

        var request = await portal.Smtp.WaitForMessageToAsync($"{focalPoint}@{tenant.Name.ToLowerInvariant()}.gov.ma");
        Assert.Contains("Communication digitale — Rabat", request.Subject, StringComparison.Ordinal);
        Assert.Contains("/admin/workflows/tasks", request.TextBody, StringComparison.Ordinal);

        // Only the focal point of the participant's administration has the task.
        using var stranger = await BrowserSession.SignInAsync(portal, tenant, otherFocalPoint, Accounts.Password);
        Assert.Empty(TaskPattern().Matches(await stranger.PageAsync("/admin/workflows/tasks")));
        using var approver = await BrowserSession.SignInAsync(portal, tenant, focalPoint, Accounts.Password);
        var task = Assert.Single(TaskPattern().Matches(await approver.PageAsync("/admin/workflows/tasks"))).Groups[1].Value;
        var chosen = await approver.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{task}", new() { ["userAction"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        var confirmation = await portal.Smtp.WaitForMessageToAsync(servantEmail);
        Assert.StartsWith("Inscription confirmée", confirmation.Subject, StringComparison.Ordinal);
        using var api = tenant.Api();
        var after = Assert.Single(await TrainingSite.RegistrationsAsync(api, tenant, session));
        Assert.Equal("Approved", after.GetProperty("status").GetString());
        Assert.Equal(focalPoint, after.GetProperty("decidedBy").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_declined_request_frees_its_seat_for_the_first_waiting_whose_own_approval_starts(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Équipement et de l'Eau", "MEE");
        var session = await TrainingSite.SessionAsync(tenant, await TrainingSite.TrainingAsync(tenant), maxCapacity: 1);
        var focalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, focalPoint, ministry);

        var first = await Accounts.CreateAsync(portal, tenant, null);
        var second = await Accounts.CreateAsync(portal, tenant, null);
        var registrations = new List<JsonElement>();
        foreach (var servant in new[] { first, second })
        {
            using var browser = await BrowserSession.SignInAsync(portal, tenant, servant, Accounts.Password);
            var client = browser.Client;
            registrations.Add(await TrainingSite.RegisteredAsync(client, tenant, session, TrainingSite.Participant($"{servant}@{tenant.Name.ToLowerInvariant()}.gov.ma", ministry, firstName: servant)));
        }

        Assert.Equal("Waitlisted", registrations[1].GetProperty("status").GetString());
        using var approver = await BrowserSession.SignInAsync(portal, tenant, focalPoint, Accounts.Password);
        var task = Assert.Single(TaskPattern().Matches(await approver.PageAsync("/admin/workflows/tasks"))).Groups[1].Value;
        await approver.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{task}", new() { ["userAction"] = "Decline" });

        var declined = await portal.Smtp.WaitForMessageToAsync($"{first}@{tenant.Name.ToLowerInvariant()}.gov.ma");
        Assert.StartsWith("Inscription non retenue", declined.Subject, StringComparison.Ordinal);
        using var api = tenant.Api();
        var after = await TrainingSite.RegistrationsAsync(api, tenant, session);
        Assert.Equal("Declined", after.Single(r => r.GetProperty("id").GetInt64() == registrations[0].GetProperty("id").GetInt64()).GetProperty("status").GetString());
        Assert.Equal("Requested", after.Single(r => r.GetProperty("id").GetInt64() == registrations[1].GetProperty("id").GetInt64()).GetProperty("status").GetString());

        // The promoted request waits for its own decision.
        Assert.Single(TaskPattern().Matches(await approver.PageAsync("/admin/workflows/tasks")));
    }

    [GeneratedRegex("data-task-id=\"(\\d+)\" data-workflow-id=\"([^\"]+)\"")]
    private static partial Regex TaskPattern();
}
