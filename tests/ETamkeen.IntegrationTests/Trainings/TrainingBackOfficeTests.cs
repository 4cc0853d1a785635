using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>The registrations and session pages of the back office: who sees what, and the focal points page.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingBackOfficeTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_focal_point_sees_only_their_administrations_registrations_on_the_pages_and_in_exports(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        using var focal = await site.SignInFocalPointAsync(portal);

        var page = await focal.PageAsync("/admin/trainings/registrations");
        Assert.Contains(BackOfficeSite.SalmaEmail, page);
        Assert.DoesNotContain(BackOfficeSite.KarimEmail, page);
        Assert.Contains("/admin/workflows/tasks", page);

        // Asking for the other administration by its id gives nothing more.
        var other = await focal.PageAsync($"/admin/trainings/registrations?administration={site.Other}&session={site.Session}");
        Assert.DoesNotContain(BackOfficeSite.KarimEmail, other);

        var figures = await focal.PageAsync($"/admin/trainings/sessions/{site.Session}");
        Assert.Contains("data-figure=\"seats-taken\">2<", figures);
        Assert.DoesNotContain("Économie", figures);

        var sheet = await focal.PageAsync(site.SheetPath());
        Assert.Contains(BackOfficeSite.SalmaEmail, sheet);
        Assert.DoesNotContain(BackOfficeSite.KarimEmail, sheet);

        foreach (var export in new[] { "registrations.csv", "attendance.csv" })
        {
            var response = await focal.GetAsync($"/api/trainings/sessions/{site.Session}/{export}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains(BackOfficeSite.SalmaEmail, text);
            Assert.DoesNotContain(BackOfficeSite.KarimEmail, text);
        }

        var period = await focal.GetAsync($"/api/trainings/exports/registrations.csv?from={site.Day(0)}&to={site.Day(2)}");
        Assert.DoesNotContain(BackOfficeSite.KarimEmail, await period.Content.ReadAsStringAsync());

        // The coordinator sees both.
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        var all = await coordinator.PageAsync("/admin/trainings/registrations");
        Assert.Contains(BackOfficeSite.SalmaEmail, all);
        Assert.Contains(BackOfficeSite.KarimEmail, all);
        var mef = await coordinator.PageAsync($"/admin/trainings/registrations?administration={site.Other}");
        Assert.Contains(BackOfficeSite.KarimEmail, mef);
        Assert.DoesNotContain(BackOfficeSite.SalmaEmail, mef);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Another_tenant_sees_nothing_and_users_without_the_permission_are_refused(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        var elsewhere = await TrainingSite.TenantAsync(portal, provider);
        using var otherAdmin = await BrowserSession.SignInAsync(portal, elsewhere);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/admin/trainings/sessions/{site.Session}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/admin/trainings/sessions/{site.Session}/attendance")).StatusCode);
        Assert.DoesNotContain(BackOfficeSite.SalmaEmail, await otherAdmin.PageAsync("/admin/trainings/registrations"));
        using (var api = elsewhere.Api())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{elsewhere.Path}/api/trainings/sessions/{site.Session}/registrations.xlsx")).StatusCode);
            var period = await api.GetStringAsync($"{elsewhere.Path}/api/trainings/exports/registrations.csv");
            Assert.DoesNotContain(BackOfficeSite.SalmaEmail, period);
        }

        using var member = await Accounts.SignInAsAsync(portal, site.Tenant, null);
        foreach (var path in new[]
        {
            "/admin/trainings/registrations", "/admin/trainings/focal-points", $"/admin/trainings/sessions/{site.Session}",
            site.SheetPath(), $"/api/trainings/sessions/{site.Session}/registrations.csv", "/api/trainings/exports/attendance.xlsx",
        })
        {
            var response = await member.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(BackOfficeSite.SalmaEmail, await response.Content.ReadAsStringAsync());
        }

        using var anonymous = site.Tenant.Anonymous();
        var unsigned = await anonymous.GetAsync($"{site.Tenant.Path}/api/trainings/sessions/{site.Session}/registrations.csv");
        Assert.True(unsigned.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"anonymous: {(int)unsigned.StatusCode}");

        // A focal point manages neither focal points nor attendance.
        using var focal = await site.SignInFocalPointAsync(portal);
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.GetAsync("/admin/trainings/focal-points")).StatusCode);
        var save = await focal.SubmitAsync(site.SheetPath(), $"/admin/trainings/sessions/{site.Session}/attendance",
            new() { ["day"] = site.Day(0), [$"marks[{site.Salma}]"] = "Present" });
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Coordinators_assign_and_remove_focal_points_and_bad_input_gets_a_clear_message(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        var newcomer = await Accounts.CreateAsync(portal, site.Tenant, "FocalPoint");
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        const string page = "/admin/trainings/focal-points";

        var unknown = await coordinator.SubmitAsync(page, page, new() { ["userName"] = "nobody-here", ["administrationId"] = site.Other });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("nobody-here", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));

        var badAdministration = await coordinator.SubmitAsync(page, page, new() { ["userName"] = newcomer, ["administrationId"] = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, badAdministration.StatusCode);

        var added = await coordinator.SubmitAsync(page, page, new() { ["userName"] = newcomer, ["administrationId"] = site.Other });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"data-focal-point=\"{newcomer}\"", await coordinator.PageAsync(page));

        using (var newFocal = await BrowserSession.SignInAsync(portal, site.Tenant, newcomer, Accounts.Password))
        {
            var theirs = await newFocal.PageAsync("/admin/trainings/registrations");
            Assert.Contains(BackOfficeSite.KarimEmail, theirs);
            Assert.DoesNotContain(BackOfficeSite.SalmaEmail, theirs);
        }

        var removed = await coordinator.SubmitAsync(page, page + "/remove", new() { ["userName"] = newcomer, ["administrationId"] = site.Other });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain($"data-focal-point=\"{newcomer}\"", await coordinator.PageAsync(page));
        var again = await coordinator.SubmitAsync(page, page + "/remove", new() { ["userName"] = newcomer, ["administrationId"] = site.Other });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_cancellation_from_the_registrations_page_frees_the_seat_and_odd_requests_never_fail(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        using var api = site.Tenant.Api();
        var karim = (await TrainingSite.RegistrationsAsync(api, site.Tenant, site.Session))
            .Single(r => r.GetProperty("participant").GetProperty("email").GetString() == BackOfficeSite.KarimEmail).GetProperty("id").GetInt64();

        var cancel = await coordinator.SubmitAsync("/admin/trainings/registrations", $"/admin/trainings/registrations/{karim}/cancel", []);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("data-figure=\"seats-taken\">1<", await coordinator.PageAsync($"/admin/trainings/sessions/{site.Session}"));
        Assert.Contains("data-figure=\"seats-left\">29<", await coordinator.PageAsync($"/admin/trainings/sessions/{site.Session}"));

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.SubmitAsync("/admin/trainings/registrations", "/admin/trainings/registrations/987654/cancel", [])).StatusCode);
        foreach (var path in new[]
        {
            "/admin/trainings/registrations?status=Nonsense&session=x'--&administration=%00",
            "/admin/trainings/sessions/not-a-session",
            site.SheetPath("2099-13-45"),
            site.SheetPath("1999-01-01"),
        })
        {
            var response = await coordinator.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{site.Tenant.Path}/api/trainings/exports/registrations.csv?from=24/11/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{site.Tenant.Path}/api/trainings/exports/registrations.xlsx?from=2022-12-01&to=2022-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{site.Tenant.Path}/api/trainings/sessions/nope/attendance.csv")).StatusCode);
    }
}
