using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>Sign-in as a user meets it: lockout after repeated failures, disabled accounts, the rate limit.</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    private Task<TestTenant> TenantAsync(string provider) => portal.CreateTenantAsync(provider, recipe: "ministry");

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it(string provider)
    {
        var tenant = await TenantAsync(provider);
        var name = await Accounts.CreateAsync(portal, tenant, "Editor");
        using var visitor = new BrowserSession(portal, tenant.Path);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await visitor.SubmitAsync("/login", "/login", new() { ["UserName"] = name, ["Password"] = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        // Now even the right password is refused, with a message that says why.
        var locked = await visitor.SubmitAsync("/login", "/login", new() { ["UserName"] = name, ["Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("locked after too many failed attempts", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var list = await admin.PageAsync("/admin/users?q=" + name);
        Assert.Contains("Locked", list);
        var id = System.Text.RegularExpressions.Regex.Match(list, "/admin/users/([^/\"]+)/edit").Groups[1].Value;
        var unlock = await admin.SubmitAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit", new()
        {
            ["UserName"] = name, ["Email"] = name + "@x.gov.ma", ["Roles"] = "Editor", ["IsEnabled"] = "true", ["Unlock"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);

        using var again = await BrowserSession.SignInAsync(portal, tenant, name, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_and_their_open_session_ends()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        var name = await Accounts.CreateAsync(portal, tenant, "Editor");
        using var editor = await BrowserSession.SignInAsync(portal, tenant, name, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/contents")).StatusCode);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var id = System.Text.RegularExpressions.Regex.Match(await admin.PageAsync("/admin/users?q=" + name), "/admin/users/([^/\"]+)/edit").Groups[1].Value;
        var disable = await admin.SubmitAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit", new()
        {
            ["UserName"] = name, ["Email"] = name + "@x.gov.ma", ["Roles"] = "Editor", ["IsEnabled"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        var after = await editor.GetAsync("/admin/contents");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith($"{tenant.Path}/login", after.Headers.Location!.AbsolutePath);

        using var visitor = new BrowserSession(portal, tenant.Path);
        var refused = await visitor.SubmitAsync("/login", "/login", new() { ["UserName"] = name, ["Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("disabled", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_tenant()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        using var visitor = new BrowserSession(portal, tenant.Path);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            statuses.Add((await visitor.SubmitAsync("/login", "/login", new() { ["UserName"] = "nobody" + i, ["Password"] = "wrong-password" })).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Another tenant has its own budget.
        var other = await TenantAsync(Databases.Sqlite);
        using var elsewhere = await BrowserSession.SignInAsync(portal, other);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_user_admin_refuses_bad_input_and_keeps_the_last_administrator()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var bad = await admin.SubmitAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "admin", ["Email"] = "not-an-address", ["Password"] = "short", ["Roles"] = "NoSuchRole",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter a valid e-mail address.", page);
        Assert.Contains("There is no role named NoSuchRole.", page);

        var duplicate = await admin.SubmitAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "admin", ["Email"] = "other@x.gov.ma", ["Password"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("admin", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));

        var id = System.Text.RegularExpressions.Regex.Match(await admin.PageAsync("/admin/users?q=admin"), "/admin/users/([^/\"]+)/edit").Groups[1].Value;
        var demote = await admin.SubmitAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit", new()
        {
            ["UserName"] = "admin", ["Email"] = "admin@x.gov.ma", ["Roles"] = "Editor", ["IsEnabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains("last enabled administrator", WebUtility.HtmlDecode(await demote.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }
}
