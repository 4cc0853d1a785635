using System.Net;
using System.Net.Http.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class TenantResolutionTests(PortalFactory portal)
{
    [Fact]
    public async Task A_request_reaches_its_tenant_by_prefix_by_host_or_by_both_and_Default_catches_the_rest()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var byPrefix = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        var byHost = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", hosts: [$"sante-{suffix}.gov.ma"]);
        var byBoth = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", prefix: "finances" + suffix, hosts: [$"portail-{suffix}.gov.ma"]);

        Assert.Contains("Site " + byPrefix.Name, await HomeAsync("http://localhost/", $"/{byPrefix.Prefix}/"));
        Assert.Contains("Site " + byHost.Name, await HomeAsync($"http://sante-{suffix}.gov.ma/", "/"));
        Assert.Contains("Site " + byBoth.Name, await HomeAsync($"http://portail-{suffix}.gov.ma/", $"/{byBoth.Prefix}/"));

        // The same host without the prefix, or the prefix on another host, is not that tenant.
        Assert.DoesNotContain("Site " + byBoth.Name, await HomeAsync($"http://portail-{suffix}.gov.ma/", "/"));
        Assert.DoesNotContain("Site " + byBoth.Name, await HomeAsync("http://localhost/", $"/{byBoth.Prefix}/"));

        // Anything else is Default's.
        Assert.Contains("<h1 id=\"etk-home-title\">e-TAMKEEN</h1>", await HomeAsync("http://unknown.example/", "/"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_disabled_tenant_answers_404_and_no_data_then_serves_again_once_enabled(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.TestModule"]);
        using var api = portal.Api();
        await api.PostAsJsonAsync($"{tenant.Path}/api/notes", new { title = "IDARATHON 2020" });

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/tenants/{tenant.Name}/disable", null)).StatusCode);
        var home = await api.GetAsync($"{tenant.Path}/");
        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
        var notes = await api.GetAsync($"{tenant.Path}/api/notes");
        Assert.Equal(HttpStatusCode.NotFound, notes.StatusCode);
        Assert.DoesNotContain("IDARATHON", await notes.Content.ReadAsStringAsync());
        Assert.Equal("Disabled", (await portal.Api().GetFromJsonAsync<TenantView>($"/api/tenants/{tenant.Name}"))!.State);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/tenants/{tenant.Name}/enable", null)).StatusCode);
        Assert.Contains("IDARATHON 2020", await (await api.GetAsync($"{tenant.Path}/api/notes")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_a_tenant_prefix_moves_it_without_a_restart()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();
        var newPrefix = "moved-" + tenant.Prefix;

        var edit = await api.PutAsJsonAsync($"/api/tenants/{tenant.Name}", new { urlPrefix = newPrefix });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Site " + tenant.Name, await HomeAsync("http://localhost/", $"/{newPrefix}/"));
        Assert.DoesNotContain("Site " + tenant.Name, await HomeAsync("http://localhost/", $"/{tenant.Prefix}/"));

        var bad = await api.PutAsJsonAsync($"/api/tenants/{tenant.Name}", new { urlPrefix = "api" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Site " + tenant.Name, await HomeAsync("http://localhost/", $"/{newPrefix}/"));

        var other = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        var taken = await api.PutAsJsonAsync($"/api/tenants/{tenant.Name}", new { urlPrefix = other.Prefix });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains(other.Name, await taken.Content.ReadAsStringAsync());
        Assert.Contains("Site " + other.Name, await HomeAsync("http://localhost/", $"/{other.Prefix}/"));
        Assert.Contains("Site " + tenant.Name, await HomeAsync("http://localhost/", $"/{newPrefix}/"));
    }

    private async Task<string> HomeAsync(string baseAddress, string path)
    {
        using var client = portal.Anonymous(baseAddress);
        return await (await client.GetAsync(path)).Content.ReadAsStringAsync();
    }

    private sealed record TenantView(string Name, string State, string? Problem);
}
