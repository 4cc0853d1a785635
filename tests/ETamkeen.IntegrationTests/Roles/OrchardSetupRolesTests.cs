using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Roles;

/// <summary>
/// Orchard's setup recipes create the standard roles with no permissions and rely on the features'
/// defaults; so do we: a role created empty receives them, one created with permissions stays as given.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OrchardSetupRolesTests(PortalFactory portal)
{
    [Fact]
    public async Task The_blog_recipes_empty_roles_get_the_features_defaults_and_an_exported_role_stays_exact()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "blank", features: ["ETamkeen.Contents", "ETamkeen.Admin", "ETamkeen.Roles"]);
        var run = await tenant.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(Fixtures.OrchardRecipe("blog.recipe.json"), Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        var editor = await RolesTestSupport.PermissionsOfAsync(portal, tenant, "Editor");
        Assert.Contains("PublishContent", editor);
        Assert.Contains("AccessAdminPanel", editor);
        Assert.Contains("EditOwnContent", await RolesTestSupport.PermissionsOfAsync(portal, tenant, "Author"));

        // An export's role, created with its permissions, is not topped up.
        await RolesTestSupport.RunOkAsync(portal, tenant, RolesTestSupport.RolesRecipe(RolesTestSupport.Role("Relecteur", "Replace", "ViewContent")));
        Assert.Equal(["ViewContent"], await RolesTestSupport.PermissionsOfAsync(portal, tenant, "Relecteur"));
    }
}
