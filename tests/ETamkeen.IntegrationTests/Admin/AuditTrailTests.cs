using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Dapper;
using ETamkeen.AuditTrail.Services;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Security;
using Xunit;

namespace ETamkeen.IntegrationTests.Admin;

/// <summary>The audit trail: what administrators, the API and recipes did, on this tenant only.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuditTrailTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Content_published_through_the_api_and_the_admin_is_recorded_with_who_and_when(string provider)
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal, provider);
        var before = DateTime.UtcNow.AddSeconds(-1);
        var apiItem = await AdminTestSupport.PublishThroughApiAsync(portal, tenant, "Appel à candidatures IDARATHON");

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains($"href=\"{tenant.Path}/admin/audit-trail\"", await admin.PageAsync("/admin"), StringComparison.Ordinal);
        var created = await admin.SubmitAsync("/admin/contents/create/Annonce", "/admin/contents/create/Annonce", new()
        {
            ["TitlePart.Title"] = "Session de formation à Rabat",
            ["submit.action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var after = DateTime.UtcNow.AddSeconds(1);

        var rows = await AdminTestSupport.AuditRowsAsync(admin, "?category=Content");
        var fromApi = Assert.Single(rows, r => r.Action == "Published" && r.Subject.Contains("Appel à candidatures IDARATHON", StringComparison.Ordinal));
        Assert.Equal("system", fromApi.Who);
        Assert.Contains(apiItem, fromApi.Subject, StringComparison.Ordinal);
        Assert.Contains("\"contentType\":\"Annonce\"", fromApi.Details, StringComparison.Ordinal);
        var fromAdmin = Assert.Single(rows, r => r.Action == "Published" && r.Subject.Contains("Session de formation à Rabat", StringComparison.Ordinal));
        Assert.Equal("admin", fromAdmin.Who);
        Assert.Contains(rows, r => r.Action == "Created" && r.Who == "admin");
        // The ministry recipe published its own pages at setup, before this test began.
        Assert.All(rows.Where(r => r.Who != "recipe"), r => Assert.InRange(r.WhenUtc, before, after));
        Assert.True(rows[0].WhenUtc >= rows[^1].WhenUtc, "Newest first");

        // Filters: by user, by text, by dates (in the site's time zone).
        Assert.All(await AdminTestSupport.AuditRowsAsync(admin, "?user=system"), r => Assert.Equal("system", r.Who));
        Assert.DoesNotContain(await AdminTestSupport.AuditRowsAsync(admin, "?user=system"), r => r.Subject.Contains("Rabat", StringComparison.Ordinal));
        Assert.All(await AdminTestSupport.AuditRowsAsync(admin, "?q=rabat"), r => Assert.Contains("Rabat", r.Subject, StringComparison.Ordinal));
        Assert.NotEmpty(await AdminTestSupport.AuditRowsAsync(admin, "?q=rabat"));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone);
        Assert.Empty(await AdminTestSupport.AuditRowsAsync(admin, $"?from={today.AddDays(1):yyyy-MM-dd}"));
        Assert.Empty(await AdminTestSupport.AuditRowsAsync(admin, $"?to={today.AddDays(-2):yyyy-MM-dd}"));
        Assert.Contains(await AdminTestSupport.AuditRowsAsync(admin, $"?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&category=Content"), r => r.Subject.Contains("Rabat", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_audit_trail_of_one_tenant_never_shows_another_tenants_events(string provider)
    {
        var a = await AdminTestSupport.MinistryAsync(portal, provider);
        var b = await AdminTestSupport.MinistryAsync(portal, provider);
        await AdminTestSupport.PublishThroughApiAsync(portal, a, "Seulement chez A");
        await AdminTestSupport.PublishThroughApiAsync(portal, b, "Seulement chez B");

        using var adminOfA = await BrowserSession.SignInAsync(portal, a);
        var rowsOfA = await AdminTestSupport.AuditRowsAsync(adminOfA);
        Assert.Contains(rowsOfA, r => r.Subject.Contains("Seulement chez A", StringComparison.Ordinal));
        Assert.DoesNotContain(rowsOfA, r => r.Subject.Contains("chez B", StringComparison.Ordinal));
        Assert.Empty(await AdminTestSupport.AuditRowsAsync(adminOfA, "?q=chez%20b"));

        // In the database too: each row says whose it is, and it is always this tenant's.
        var tenantsInA = await portal.WithDatabaseAsync(a.Name, async db =>
        {
            await using var connection = await db.OpenAsync();
            return (await connection.QueryAsync<string>("SELECT DISTINCT \"Tenant\" FROM \"AuditTrailEvent\"")).ToList();
        });
        Assert.Equal([a.Name], tenantsInA);
    }

    [Fact]
    public async Task Bad_filters_get_a_400_with_the_message_and_pages_go_newest_first()
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal);
        using var api = portal.Api();
        Assert.True((await api.PutAsJsonAsync($"{tenant.Path}/api/site", new { pageSize = 2 })).IsSuccessStatusCode);
        foreach (var title in new[] { "Premier", "Deuxième", "Troisième" })
        {
            await AdminTestSupport.PublishThroughApiAsync(portal, tenant, title);
        }

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var bad = await admin.GetAsync("/admin/audit-trail?from=31/12/2026&to=2026-13-45&page=-4");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Enter a date as YYYY-MM-DD.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var reversed = await admin.GetAsync("/admin/audit-trail?from=2026-05-02&to=2026-05-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);

        var first = await AdminTestSupport.AuditRowsAsync(admin, "?category=Content&user=system&q=published");
        Assert.Equal(2, first.Count);
        Assert.Contains("Troisième", first[0].Subject, StringComparison.Ordinal);
        Assert.Contains("Deuxième", first[1].Subject, StringComparison.Ordinal);
        var second = await AdminTestSupport.AuditRowsAsync(admin, "?category=Content&user=system&q=published&page=2");
        Assert.Contains("Premier", Assert.Single(second).Subject, StringComparison.Ordinal);
        Assert.Empty(await AdminTestSupport.AuditRowsAsync(admin, "?category=Content&q=published&page=99999999"));
    }

    [Fact]
    public async Task Shortening_the_retention_drops_older_events_and_a_bad_value_is_refused()
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal);
        await portal.WithDatabaseAsync(tenant.Name, async db =>
        {
            await using var connection = await db.OpenAsync();
            return await connection.ExecuteAsync(
                "INSERT INTO \"AuditTrailEvent\" (\"CreatedUtc\", \"Tenant\", \"Category\", \"Action\", \"Subject\", \"UserName\") VALUES (@when, @tenant, 'Content', 'Published', 'Événement ancien', 'admin')",
                new { when = DateTime.SpecifyKind(DateTime.UtcNow.AddDays(-60), DateTimeKind.Unspecified), tenant = tenant.Name });
        });

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains(await AdminTestSupport.AuditRowsAsync(admin), r => r.Subject == "Événement ancien");

        var bad = await admin.SubmitAsync("/admin/audit-trail", "/admin/audit-trail/retention", new() { ["retentionDays"] = "zéro" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Keep events from 1 to 36500 days.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(await AdminTestSupport.AuditRowsAsync(admin), r => r.Subject == "Événement ancien");

        var saved = await admin.SubmitAsync("/admin/audit-trail", "/admin/audit-trail/retention", new() { ["retentionDays"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rows = await AdminTestSupport.AuditRowsAsync(admin);
        Assert.DoesNotContain(rows, r => r.Subject == "Événement ancien");
        Assert.Contains(rows, r => r.Category == "Settings" && r.Details.Contains("\"retentionDays\":[365,30]", StringComparison.Ordinal));
        Assert.Contains("value=\"30\"", await admin.PageAsync("/admin/audit-trail"), StringComparison.Ordinal);
    }

    [Fact]
    public Task Anonymous_visitors_are_sent_to_sign_in() => AdminTestSupport.AssertSignInRedirectAsync(portal, "/admin/audit-trail");

    [Fact]
    public Task An_editor_without_the_permission_is_refused() =>
        AdminTestSupport.AssertEditorRefusedAsync(portal, "/admin/audit-trail", "/admin/audit-trail/retention", new() { ["retentionDays"] = "1" });

    [Fact]
    public void Who_is_the_user_the_host_key_or_a_recipe()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u42"), new Claim(ClaimTypes.Name, "fatima")], "Cookies"));
        Assert.Equal(("u42", "fatima"), AuditTrailRecorder.Who(user, outsideRequest: false));

        var system = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system"), new Claim(SystemPrincipal.SystemClaim, "true")], SystemPrincipal.AuthenticationScheme));
        Assert.Equal(((string?)null, "system"), AuditTrailRecorder.Who(system, outsideRequest: false));
        Assert.Equal(((string?)null, "recipe"), AuditTrailRecorder.Who(null, outsideRequest: true));
        Assert.Equal(((string?)null, "anonymous"), AuditTrailRecorder.Who(new ClaimsPrincipal(new ClaimsIdentity()), outsideRequest: false));
    }
}
