using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Roles.RolesTestSupport;

namespace ETamkeen.IntegrationTests.Roles;

/// <summary>The roles pages under <c>/admin/roles</c>: what an administrator changes there is what members may do.</summary>
[Collection(PortalCollection.Name)]
public sealed class RolesAdminTests(PortalFactory portal)
{
    private const string List = "/admin/roles";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Permissions_given_on_a_role_page_take_effect_for_its_members_and_deleting_the_role_takes_them_away(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await RunOkAsync(portal, tenant, RolesRecipe(Role("Reviewer", null)));
        await AddUserAsync(portal, tenant, "clerk", "Reviewer");
        using var clerk = await BrowserSession.SignInAsync(portal, tenant, "clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(List)).StatusCode);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("admin/roles", await admin.PageAsync("/admin"));
        Assert.Contains("1 user(s)", await admin.PageAsync(List));
        var page = "/admin/roles/edit/Reviewer";
        var saved = await admin.SubmitAsync(page, page, new()
        {
            ["name"] = "Reviewer",
            ["description"] = "Gère les rôles",
            ["permissions"] = "ManageRoles",
            ["version"] = VersionOn(await admin.PageAsync(page)),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await admin.PageAsync(page);
        Assert.Contains("Role Reviewer saved.", edited);
        Assert.Contains("value=\"ManageRoles\" checked=\"checked\"", edited);
        Assert.Equal("Gère les rôles | ManageRoles", (await RolesAsync(portal, tenant))["Reviewer"]);

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(List)).StatusCode);

        var deleted = await admin.SubmitAsync(List, "/admin/roles/delete/Reviewer", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Role Reviewer deleted: 1 user(s) no longer hold it.", await admin.PageAsync(List));
        Assert.DoesNotContain("Reviewer", await admin.PageAsync(List));
        Assert.Empty(await RolesOfUserAsync(portal, tenant, "clerk"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(List)).StatusCode);
    }

    [Fact]
    public async Task A_role_is_created_with_a_checked_name_and_renamed_with_its_members()
    {
        var tenant = await TenantAsync(portal);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        const string create = "/admin/roles/create";

        var invalid = await admin.SubmitAsync(create, create, new() { ["name"] = "Jury/Final", ["description"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("A role name has 1 to 64 letters, digits, spaces, dashes and underscores.", await BodyAsync(invalid));

        var taken = await admin.SubmitAsync(create, create, new() { ["name"] = "editor" });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("There is already a role named Editor.", await BodyAsync(taken));

        var created = await admin.SubmitAsync(create, create, new() { ["name"] = " Jury Members ", ["description"] = "IDARATHON" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("/admin/roles/edit/Jury%20Members", created.Headers.Location!.OriginalString);
        Assert.Contains("Role Jury Members created", await admin.PageAsync("/admin/roles/edit/Jury%20Members"));

        await AddUserAsync(portal, tenant, "juror", "Jury Members");
        var page = "/admin/roles/edit/Jury%20Members";
        var renamed = await admin.SubmitAsync(page, page, new() { ["name"] = "Jury", ["description"] = "IDARATHON", ["version"] = VersionOn(await admin.PageAsync(page)) });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var jurorRoles = await RolesOfUserAsync(portal, tenant, "juror");
        Assert.Equal("Jury", Assert.Single(jurorRoles));
        var roles = await RolesAsync(portal, tenant);
        Assert.True(roles.ContainsKey("Jury"));
        Assert.False(roles.ContainsKey("Jury Members"));
    }

    [Fact]
    public async Task Standard_roles_cannot_be_deleted_or_renamed()
    {
        var tenant = await TenantAsync(portal);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var before = await RolesAsync(portal, tenant);

        var delete = await admin.SubmitAsync(List, "/admin/roles/delete/Editor", []);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("Editor is a standard role: it can't be deleted.", await BodyAsync(delete));
        Assert.DoesNotContain("/admin/roles/delete/", await admin.PageAsync(List));

        var page = "/admin/roles/edit/Editor";
        var rename = await admin.SubmitAsync(page, page, new() { ["name"] = "Redacteur", ["version"] = VersionOn(await admin.PageAsync(page)) });
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Contains("Editor is a standard role: it can't be renamed.", await BodyAsync(rename));
        Assert.Equal(before, await RolesAsync(portal, tenant));

        Assert.Contains("held by every visitor", await admin.PageAsync("/admin/roles/edit/Anonymous"));
        Assert.Contains("Administrators hold every permission", await admin.PageAsync("/admin/roles/edit/Administrator"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/roles/edit/Nobody")).StatusCode);
    }

    [Fact]
    public async Task A_save_over_a_concurrent_change_is_refused_with_a_message()
    {
        var tenant = await TenantAsync(portal);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var page = "/admin/roles/edit/Editor";
        var stale = VersionOn(await admin.PageAsync(page));

        // Meanwhile a recipe changes the roles.
        await RunOkAsync(portal, tenant, RolesRecipe(Role("Editor", "Add", "EditContentTypes")));
        var after = await RolesAsync(portal, tenant);

        var refused = await admin.SubmitAsync(page, page, new() { ["description"] = "mine", ["permissions"] = "ViewContent", ["version"] = stale });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await BodyAsync(refused);
        Assert.Contains("Someone else changed the roles while you were editing.", body);
        Assert.Contains("value=\"EditContentTypes\" checked=\"checked\"", body);
        Assert.Equal(after, await RolesAsync(portal, tenant));

        var unreadable = await admin.SubmitAsync(page, page, new() { ["version"] = "not-a-number" });
        Assert.Equal(HttpStatusCode.Conflict, unreadable.StatusCode);
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in_and_forms_need_their_antiforgery_token()
    {
        var tenant = await TenantAsync(portal);
        using var anonymous = portal.Anonymous();
        var response = await anonymous.GetAsync($"{tenant.Path}{List}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var forged = await admin.PostWithoutTokenAsync("/admin/roles/create", new() { ["name"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("Forged", await admin.PageAsync(List));
    }
}
