using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Admin;

/// <summary>The features page: every feature with what it needs and what needs it, switched on and off by an administrator.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeaturesAdminTests(PortalFactory portal)
{
    private const string Notes = "ETamkeen.TestModule";
    private const string Tags = "ETamkeen.TestModule.Tags";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Enabling_a_feature_from_the_page_makes_its_api_answer_and_is_recorded(string provider)
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal, provider);
        using var api = portal.Api();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);

        var page = await admin.PageAsync("/admin/features");
        Assert.Contains($"href=\"{tenant.Path}/admin/features\"", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Testing</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Test note tags", page, StringComparison.Ordinal);
        Assert.Contains(Tags, page, StringComparison.Ordinal);
        Assert.Contains($"/admin/features/{Tags}/enable", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/notes/tags")).StatusCode);

        var enabled = await admin.SubmitAsync("/admin/features", $"/admin/features/{Tags}/enable", []);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("Enabled Test note tags. Enabled also: Test notes.", await admin.PageAsync("/admin/features"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/notes/tags")).StatusCode);
        Assert.Contains(Notes, await tenant.EnabledFeaturesAsync());

        var recorded = await AdminTestSupport.AuditRowsAsync(admin, "?category=Feature");
        var tags = Assert.Single(recorded, r => r.Subject.Contains(Tags, StringComparison.Ordinal));
        Assert.Equal(("admin", "Enabled"), (tags.Who, tags.Action));
        Assert.Contains(Notes, tags.Details, StringComparison.Ordinal);
        Assert.Contains(recorded, r => r.Subject.EndsWith(Notes, StringComparison.Ordinal) && r.Action == "Enabled");

        // The dependency goes off with what needs it, and the page says so.
        var listed = await admin.PageAsync("/admin/features");
        Assert.Contains($"/admin/features/{Notes}/disable", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/features", $"/admin/features/{Notes}/disable", [])).StatusCode);
        Assert.Contains("Disabled Test notes. Disabled also: Test note tags.", await admin.PageAsync("/admin/features"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/notes/tags")).StatusCode);
        Assert.Contains(await AdminTestSupport.AuditRowsAsync(admin, "?category=Feature&q=disabled"), r => r.Subject.Contains(Tags, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Always_enabled_features_and_those_the_page_needs_cannot_be_disabled_from_it()
    {
        var tenant = await AdminTestSupport.MinistryAsync(portal);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var page = await admin.PageAsync("/admin/features");
        Assert.Contains("Always enabled", page, StringComparison.Ordinal);
        Assert.Contains("Needed by this page", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/features/ETamkeen.Core/disable", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/features/ETamkeen.Users/disable", page, StringComparison.Ordinal);

        var kernel = await admin.SubmitAsync("/admin/features", "/admin/features/ETamkeen.Core/disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, kernel.StatusCode);
        Assert.Contains("Kernel is always enabled: it can't be disabled.", WebUtility.HtmlDecode(await kernel.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var users = await admin.SubmitAsync("/admin/features", "/admin/features/ETamkeen.Users/disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, users.StatusCode);
        Assert.Contains("can't be disabled from this page: the page needs", WebUtility.HtmlDecode(await users.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var admins = await admin.SubmitAsync("/admin/features", "/admin/features/ETamkeen.Admin/disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, admins.StatusCode);
        Assert.Contains("ETamkeen.Admin", await tenant.EnabledFeaturesAsync());
        Assert.Contains("ETamkeen.Users", await tenant.EnabledFeaturesAsync());

        // Tenant management is Default's alone; an unknown id is not found; a post without its token is refused.
        var tenants = await admin.SubmitAsync("/admin/features", "/admin/features/ETamkeen.Tenants/enable", []);
        Assert.Equal(HttpStatusCode.BadRequest, tenants.StatusCode);
        Assert.Contains("Only the Default tenant", WebUtility.HtmlDecode(await tenants.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/features", "/admin/features/OrchardCore.Nope/enable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync($"/admin/features/{Notes}/enable", [])).StatusCode);
        Assert.DoesNotContain(Notes, await tenant.EnabledFeaturesAsync());
    }

    [Fact]
    public Task Anonymous_visitors_are_sent_to_sign_in() => AdminTestSupport.AssertSignInRedirectAsync(portal, "/admin/features");

    [Fact]
    public async Task An_editor_without_the_permission_is_refused()
    {
        var tenant = await AdminTestSupport.AssertEditorRefusedAsync(portal, "/admin/features", $"/admin/features/{Notes}/enable", []);
        Assert.DoesNotContain(Notes, await tenant.EnabledFeaturesAsync());
    }
}
