using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Admin;

/// <summary>The site settings page: the API's validation and messages, in a form.</summary>
[Collection(PortalCollection.Name)]
public sealed class SettingsAdminTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Saving_the_form_changes_the_site_and_records_what_changed(string provider)
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal, provider);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var form = await admin.PageAsync("/admin/settings");
        Assert.Contains($"href=\"{tenant.Path}/admin/settings\"", form, StringComparison.Ordinal);
        Assert.Contains("Site " + tenant.Name, form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"timeZoneId\">", form, StringComparison.Ordinal);

        var saved = await admin.SubmitAsync("/admin/settings", "/admin/settings", new()
        {
            ["version"] = await AdminTestSupport.VersionOfSettingsAsync(admin),
            ["siteName"] = "Ministère de la Santé",
            ["defaultCulture"] = "ar",
            ["supportedCultures[0]"] = "ar",
            ["supportedCultures[1]"] = "fr",
            ["timeZoneId"] = "Europe/Paris",
            ["pageSize"] = "15",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Settings saved.", await admin.PageAsync("/admin/settings"), StringComparison.Ordinal);

        var site = await tenant.GetJsonAsync("/api/site");
        Assert.Equal("Ministère de la Santé", site.GetProperty("siteName").GetString());
        Assert.Equal("ar", site.GetProperty("defaultCulture").GetString());
        Assert.Equal(["ar", "fr"], site.GetProperty("supportedCultures").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Europe/Paris", site.GetProperty("timeZoneId").GetString());
        Assert.Equal(15, site.GetProperty("pageSize").GetInt32());

        var change = Assert.Single(await AdminTestSupport.AuditRowsAsync(admin, "?category=Settings"));
        // The site now speaks Arabic and French only: an English browser gets its default, Arabic.
        Assert.Equal(("admin", "تعديل"), (change.Who, change.Action));
        Assert.Contains("\"siteName\":[\"Site " + tenant.Name + "\",\"Ministère de la Santé\"]", change.Details, StringComparison.Ordinal);
        Assert.Contains("\"pageSize\":[\"20\",\"15\"]", change.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_form_gets_400_with_the_apis_messages_and_changes_nothing()
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal);
        var before = (await tenant.GetJsonAsync("/api/site")).GetRawText();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);

        var refused = await admin.SubmitAsync("/admin/settings", "/admin/settings", new()
        {
            ["version"] = await AdminTestSupport.VersionOfSettingsAsync(admin),
            ["siteName"] = "  ",
            ["defaultCulture"] = "fr",
            ["supportedCultures[0]"] = "klingon",
            ["timeZoneId"] = "Mars/Olympus_Mons",
            ["pageSize"] = "beaucoup",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The site name has 1 to 200 characters.", page, StringComparison.Ordinal);
        Assert.Contains("Each culture is a known code such as fr, ar or en.", page, StringComparison.Ordinal);
        Assert.Contains("Unknown time zone 'Mars/Olympus_Mons'.", page, StringComparison.Ordinal);
        Assert.Contains("The page size is from 1 to 500.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"beaucoup\"", page, StringComparison.Ordinal);

        var tooMany = await admin.SubmitAsync("/admin/settings", "/admin/settings", new()
        {
            ["version"] = await AdminTestSupport.VersionOfSettingsAsync(admin),
            ["siteName"] = "Correct",
            ["timeZoneId"] = "../../../etc/passwd",
            ["pageSize"] = "501",
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);

        Assert.Equal(before, (await tenant.GetJsonAsync("/api/site")).GetRawText());
        Assert.Empty(await AdminTestSupport.AuditRowsAsync(admin, "?category=Settings"));
    }

    [Fact]
    public async Task A_form_opened_before_someone_elses_change_is_refused()
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var version = await AdminTestSupport.VersionOfSettingsAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/settings", "/admin/settings", Fields(version, "Premier"))).StatusCode);

        var stale = await admin.SubmitAsync("/admin/settings", "/admin/settings", Fields(version, "Écrasement"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // The first save left French the site's only language.
        Assert.Contains("Une autre personne a modifié les paramètres", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Premier", (await tenant.GetJsonAsync("/api/site")).GetProperty("siteName").GetString());

        static Dictionary<string, string> Fields(string version, string name) => new()
        {
            ["version"] = version,
            ["siteName"] = name,
            ["defaultCulture"] = "fr",
            ["supportedCultures[0]"] = "fr",
            ["timeZoneId"] = "Africa/Casablanca",
            ["pageSize"] = "20",
        };
    }

    [Fact]
    public Task Anonymous_visitors_are_sent_to_sign_in() => AdminTestSupport.AssertSignInRedirectAsync(portal, "/admin/settings");

    [Fact]
    public async Task An_editor_without_the_permission_is_refused()
    {
        var tenant = await AdminTestSupport.AssertEditorRefusedAsync(portal, "/admin/settings", "/admin/settings", new() { ["siteName"] = "Pris" });
        Assert.Equal("Site " + tenant.Name, (await tenant.GetJsonAsync("/api/site")).GetProperty("siteName").GetString());
    }
}
