using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class TenantIsolationTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_document_of_tenant_A_cannot_be_read_changed_or_deleted_through_tenant_B(string provider)
    {
        var a = await portal.CreateTenantAsync(provider, features: ["ETamkeen.TestModule"]);
        var b = await portal.CreateTenantAsync(provider, features: ["ETamkeen.TestModule"]);
        using var api = portal.Api();

        var created = await api.PostAsJsonAsync($"{a.Path}/api/notes", new { title = "Formations en cybersécurité" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b.Path}/api/notes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"{b.Path}/api/notes/{id}", new { title = "Écrasé" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"{b.Path}/api/notes/{id}")).StatusCode);
        Assert.Empty((await b.GetJsonAsync("/api/notes")).EnumerateArray());

        var stored = await a.GetJsonAsync($"/api/notes/{id}");
        Assert.Equal("Formations en cybersécurité", stored.GetProperty("title").GetString());
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Site_settings_are_per_tenant(string provider)
    {
        var a = await portal.CreateTenantAsync(provider, recipe: "ministry");
        var b = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();

        var put = await api.PutAsJsonAsync($"{b.Path}/api/site", new { siteName = "Ministère de l'Économie et des Finances" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.Equal("Site " + a.Name, (await a.GetJsonAsync("/api/site")).GetProperty("siteName").GetString());
        Assert.Equal("Ministère de l'Économie et des Finances", (await b.GetJsonAsync("/api/site")).GetProperty("siteName").GetString());
        Assert.Contains("Site " + a.Name, await (await api.GetAsync($"{a.Path}/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Data_protected_by_one_tenant_cannot_be_read_by_another()
    {
        var a = await portal.CreateTenantAsync(Databases.Sqlite);
        var b = await portal.CreateTenantAsync(Databases.Sqlite);

        var payload = await ProtectorAsync(a.Name, p => p.Protect("etk_auth ticket"));
        Assert.Equal("etk_auth ticket", await ProtectorAsync(a.Name, p => p.Unprotect(payload)));
        await Assert.ThrowsAsync<CryptographicException>(() => ProtectorAsync(b.Name, p => p.Unprotect(payload)));
    }

    [Fact]
    public async Task Antiforgery_cookies_are_named_per_tenant()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, features: ["ETamkeen.TestModule"]);
        using var api = portal.Api();
        var page = await api.GetAsync($"{tenant.Path}/notes");
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith($"etk_af_{tenant.Name}=", StringComparison.Ordinal) && c.Contains($"path=/{tenant.Prefix}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Tenant_apis_refuse_requests_without_the_host_key()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, features: ["ETamkeen.TestModule"]);
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{tenant.Path}/api/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{tenant.Path}/api/notes", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tenants")).StatusCode);
        Assert.Empty((await tenant.GetJsonAsync("/api/notes")).EnumerateArray());
    }

    private async Task<string> ProtectorAsync(string tenant, Func<IDataProtector, string> use)
    {
        var shell = await portal.Shells.AcquireAsync(tenant);
        try
        {
            return use(shell.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test"));
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }
}

[Collection(PortalCollection.Name)]
public sealed class TenantFormTests(PortalFactory portal)
{
    [Fact]
    public async Task Forms_of_each_tenant_validate_with_that_tenant_keys_whichever_tenant_posted_first()
    {
        var first = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Admin"]);
        var second = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Admin"]);

        using var one = await BrowserSession.SignInAsync(portal, first);
        using var two = await BrowserSession.SignInAsync(portal, second);

        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await two.GetAsync("/admin")).StatusCode);
    }
}
