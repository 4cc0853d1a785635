using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Security;
using Xunit;

namespace ETamkeen.IntegrationTests.Admin;

/// <summary>A ministry's site with a simple content type, and the reading of its audit trail page.</summary>
internal static partial class AdminTestSupport
{
    private const string AnnouncementType = """
        { "steps": [
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "Annonce", "DisplayName": "Annonce",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] }
        ] }
        """;

    /// <summary>The ministry recipe enables the admin and the audit trail; the type comes by recipe, as a ministry's would.</summary>
    public static async Task<TestTenant> MinistryAsync(PortalFactory portal, string provider = Databases.Sqlite, IEnumerable<string>? features = null)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: features);
        using var api = portal.Api();
        var defined = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(AnnouncementType, Encoding.UTF8, "application/json"));
        Assert.True(defined.IsSuccessStatusCode, await defined.Content.ReadAsStringAsync());
        return tenant;
    }

    /// <summary>Creates and publishes an announcement through the content API (as the system principal); returns its id.</summary>
    public static async Task<string> PublishThroughApiAsync(PortalFactory portal, TestTenant tenant, string title)
    {
        using var api = portal.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content", new { ContentType = "Annonce", TitlePart = new { Title = title } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ContentItemId").GetString()!;
    }

    /// <summary>The audit trail's rows as (when, who, category, action, subject and details).</summary>
    public static async Task<IReadOnlyList<AuditRow>> AuditRowsAsync(BrowserSession admin, string query = "")
    {
        var page = await admin.PageAsync("/admin/audit-trail" + query);
        var body = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
        return [.. RowPattern().Matches(body).Select(m => Row(m.Groups[1].Value))];
    }

    /// <summary>A visitor is sent to sign in, on a fresh ministry tenant.</summary>
    public static async Task AssertSignInRedirectAsync(PortalFactory portal, string path)
    {
        var tenant = await MinistryAsync(portal);
        using var anonymous = new BrowserSession(portal, tenant.Path);
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{tenant.Path}/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>
    /// An editor gets 403 on the page and on its form's action, even with a valid antiforgery
    /// token (the dashboard's sign-out form gives one); returns the tenant to check nothing changed.
    /// </summary>
    public static async Task<TestTenant> AssertEditorRefusedAsync(PortalFactory portal, string page, string action, Dictionary<string, string> fields)
    {
        var tenant = await MinistryAsync(portal);
        using var editor = await Accounts.SignInAsAsync(portal, tenant, RoleNames.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SubmitAsync("/admin", action, fields)).StatusCode);
        Assert.DoesNotContain($"href=\"{tenant.Path}{page}\"", await editor.PageAsync("/admin"), StringComparison.Ordinal);
        return tenant;
    }

    public static async Task<string> VersionOfSettingsAsync(BrowserSession admin) =>
        VersionPattern().Match(await admin.PageAsync("/admin/settings")).Groups[1].Value;

    private static AuditRow Row(string html)
    {
        var cells = CellPattern().Matches(html).Select(c => TagPattern().Replace(c.Groups[1].Value, " ").Trim()).ToList();
        var when = DateTime.Parse(WhenPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        return new AuditRow(when, cells[1], cells[2], cells[3], cells[4], cells[5]);
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("datetime=\"([^\"]+)\"")]
    private static partial Regex WhenPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
