using System.Net;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>Personal API tokens act as their owner, on their tenant only, until revoked or the owner is disabled.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApiTokenTests(PortalFactory portal)
{
    private HttpClient WithToken(string token) => Accounts.WithToken(portal, token);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_token_carries_its_owners_permissions_on_its_tenant_only_until_revoked(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        var other = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var editor = await Accounts.SignInAsAsync(portal, tenant, "Editor");
        var token = await Accounts.CreateTokenAsync(editor);
        Assert.StartsWith("etk_", token);

        using var client = WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{tenant.Path}/api/content?status=latest")).StatusCode);

        // An Editor may not touch features or export the site, token or not.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{tenant.Path}/api/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{tenant.Path}/api/recipes/export")).StatusCode);

        // Another tenant doesn't know the token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{other.Path}/api/content?status=latest")).StatusCode);

        // Only the hash is stored: the clear token is in no table.
        var stored = await portal.WithDatabaseAsync(tenant.Name, async db => await DatabaseInspector.ContainsTextAsync(db, token));
        Assert.False(stored);

        var page = await editor.PageAsync("/admin/account/tokens");
        var id = Regex.Match(page, "/admin/account/tokens/([^/\"]+)/revoke").Groups[1].Value;
        var revoke = await editor.SubmitAsync("/admin/account/tokens", $"/admin/account/tokens/{id}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{tenant.Path}/api/content?status=latest")).StatusCode);
    }

    [Fact]
    public async Task A_garbage_or_empty_token_is_a_401_not_an_error()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        foreach (var token in new[] { "etk_", "etk_" + new string('x', 500), "etk_'; DROP TABLE \"Document\"; --" })
        {
            using var client = WithToken(token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{tenant.Path}/api/content")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await tenant.Api().GetAsync($"{tenant.Path}/api/content")).StatusCode);
    }
}
