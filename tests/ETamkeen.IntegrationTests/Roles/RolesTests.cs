using System.Net;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Roles.RolesTestSupport;

namespace ETamkeen.IntegrationTests.Roles;

/// <summary>The <c>Roles</c> recipe step in Orchard's shape, and roles in the tenant export.</summary>
[Collection(PortalCollection.Name)]
public sealed class RolesTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_roles_step_creates_a_role_whose_permissions_show_on_its_page(string provider)
    {
        var tenant = await TenantAsync(portal, provider);

        // Step name and keys in any case, as other steps.
        var warnings = await RunOkAsync(portal, tenant, """
            { "steps": [ { "name": "roles", "roles": [
                { "name": "Reviewer", "description": "Relit les contenus — مراجع", "permissions": ["PublishContent", "listcontent", "FlyToTheMoon"] } ] } ] }
            """);
        Assert.Contains(warnings, w => w.Contains("Reviewer", StringComparison.Ordinal) && w.Contains("FlyToTheMoon", StringComparison.Ordinal));
        Assert.Equal("Relit les contenus — مراجع | FlyToTheMoon,ListContent,PublishContent", (await RolesAsync(portal, tenant))["Reviewer"]);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var page = await admin.PageAsync("/admin/roles/edit/Reviewer");
        Assert.Contains("Relit les contenus — مراجع", page);
        Assert.Contains("value=\"PublishContent\" checked=\"checked\"", page);
        Assert.Contains("value=\"ListContent\" checked=\"checked\"", page);
        Assert.Contains("value=\"FlyToTheMoon\" checked=\"checked\"", page);
        Assert.Contains("No enabled feature declares it.", page);
        Assert.DoesNotContain("value=\"EditContent\" checked", page);

        // EditContent is implied by PublishContent: shown unchecked, with where it comes from.
        Assert.Contains("This role has it through PublishContent.", page);
        Assert.Contains("(security critical)", page);

        var list = await admin.PageAsync("/admin/roles");
        Assert.Contains("Reviewer", list);
        Assert.Contains("every signed-in user", list);
        Assert.Contains("every visitor", list);
    }

    [Fact]
    public async Task Add_and_Remove_change_only_the_permissions_they_name()
    {
        var tenant = await TenantAsync(portal);
        var defaults = await PermissionsOfAsync(portal, tenant, "Editor");
        Assert.Contains("PublishContent", defaults);
        Assert.Contains("DeleteContent", defaults);

        await RunOkAsync(portal, tenant, RolesRecipe(Role("Editor", "Add", "EditContentTypes", "PublishContent")));
        var added = await PermissionsOfAsync(portal, tenant, "Editor");
        Assert.Equal(defaults.Append("EditContentTypes").Order(StringComparer.Ordinal), added);

        await RunOkAsync(portal, tenant, RolesRecipe(Role("editor", "remove", "DeleteContent", "EditContentTypes", "NeverHeld")));
        var removed = await PermissionsOfAsync(portal, tenant, "Editor");
        Assert.Equal(defaults.Where(p => p != "DeleteContent"), removed);

        // Orchard may write the behaviour as its number (0 is Replace); a role named anew is created.
        var replace = Role("Editor", null, "ViewContent");
        replace["PermissionBehavior"] = 0;
        var warnings = await RunOkAsync(portal, tenant, RolesRecipe(replace, Role("Auditor", "Add", "ListContent")));
        Assert.Empty(warnings);
        var roles = await RolesAsync(portal, tenant);
        Assert.EndsWith(" | ViewContent", roles["Editor"], StringComparison.Ordinal);
        Assert.Equal(" | ListContent", roles["Auditor"]);

        // The Administrator holds everything: nothing to remove, and it is said.
        var administrator = (await RolesAsync(portal, tenant))["Administrator"];
        warnings = await RunOkAsync(portal, tenant, RolesRecipe(Role("Administrator", "Remove", "ManageRoles")));
        Assert.Contains(warnings, w => w.Contains("Administrator holds every permission", StringComparison.Ordinal));
        Assert.Equal(administrator, (await RolesAsync(portal, tenant))["Administrator"]);
    }

    [Theory]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "" } ] }""", "Role 0 has no Name")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Description": "x" } ] }""", "Role 0 has no Name")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "Jury/Final" } ] }""", "'Jury/Final' is not a valid role name")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "Jury", "Permissions": "ViewContent" } ] }""", "Permissions of role Jury must be a list")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "Jury", "Permissions": [42] } ] }""", "42 is not one")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "Jury", "PermissionBehavior": "Merge" } ] }""", "must be Replace, Add or Remove")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "Jury", "PermissionBehavior": 7 } ] }""", "must be Replace, Add or Remove")]
    [InlineData("""{ "name": "Roles", "Roles": { "Name": "Jury" } }""", "Roles must be a list of roles")]
    [InlineData("""{ "name": "Roles", "Roles": [ "Jury" ] }""", "Role 0 must be an object")]
    public async Task An_invalid_roles_step_is_refused_with_the_step_named_and_nothing_changes(string step, string reason)
    {
        var tenant = await TenantAsync(portal);
        var before = await RolesAsync(portal, tenant);

        // A valid step first: all or nothing takes it back too.
        var recipe = $$"""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Temporary", "Permissions": ["ViewContent"] } ] }, {{step}} ] }""";
        var refused = await RunAsync(portal, tenant, recipe);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await ProblemAsync(refused);
        Assert.Equal("Roles", problem.GetProperty("stepName").GetString());
        Assert.Equal(1, problem.GetProperty("stepIndex").GetInt32());
        Assert.Contains(reason, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await RolesAsync(portal, tenant));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_export_re_imports_into_a_fresh_tenant_with_the_same_roles(string provider)
    {
        var a = await TenantAsync(portal, provider);
        var reviewer = Role("Reviewer", null, "ListContent", "PublishContent", "FromAFutureFeature");
        reviewer["Description"] = "Relit — مراجع \"cité\"";
        await RunOkAsync(portal, a, RolesRecipe(reviewer, Role("Editor", "Remove", "DeleteContent"), Role("Anonymous", "Replace")));
        var roles = await RolesAsync(portal, a);
        Assert.Equal(" | ", roles["Anonymous"]);

        using var api = portal.Api();
        var export = await api.GetStringAsync($"{a.Path}/api/recipes/export");
        var step = JsonNode.Parse(export)!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Roles")!;
        Assert.All(step["Roles"]!.AsArray(), r => Assert.Equal("Replace", r!["PermissionBehavior"]!.GetValue<string>()));

        var b = await portal.CreateTenantAsync(provider, recipe: "blank");
        await RunOkAsync(portal, b, export);
        Assert.Equal(roles, await RolesAsync(portal, b));

        // Into the same tenant: nothing changes.
        await RunOkAsync(portal, a, export);
        Assert.Equal(roles, await RolesAsync(portal, a));
    }
}
