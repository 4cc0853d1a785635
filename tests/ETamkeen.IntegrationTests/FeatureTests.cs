using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.TestModule.Services;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class FeatureTests(PortalFactory portal)
{
    private const string Notes = "ETamkeen.TestModule";
    private const string Tags = "ETamkeen.TestModule.Tags";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_disabled_feature_has_no_routes_services_or_tables_where_another_tenant_has_them(string provider)
    {
        var with = await portal.CreateTenantAsync(provider, features: [Notes]);
        var without = await portal.CreateTenantAsync(provider);
        using var api = portal.Api();

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{with.Path}/api/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{without.Path}/api/notes")).StatusCode);

        // MVC controllers of a module follow the feature too, and their Razor views render in the tenant.
        var page = await api.GetAsync($"{with.Path}/notes");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Notes</h1>", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{without.Path}/notes")).StatusCode);

        Assert.True(await portal.WithDatabaseAsync(with.Name, db => DatabaseInspector.TableExistsAsync(db, "NoteIndex")));
        Assert.False(await portal.WithDatabaseAsync(without.Name, db => DatabaseInspector.TableExistsAsync(db, "NoteIndex")));

        Assert.NotNull(await ServiceAsync<NoteCounter>(with.Name));
        Assert.Null(await ServiceAsync<NoteCounter>(without.Name));
    }

    [Fact]
    public async Task Enabling_a_feature_enables_its_dependencies_and_disabling_disables_its_dependants()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var api = portal.Api();

        var enabled = await (await api.PostAsync($"{tenant.Path}/api/features/{Tags}/enable", null)).Content.ReadFromJsonAsync<JsonElement>();
        var switchedOn = enabled.GetProperty("enabled").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(Notes, switchedOn);
        Assert.Contains(Tags, switchedOn);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/notes/tags")).StatusCode);

        var disabled = await (await api.PostAsync($"{tenant.Path}/api/features/{Notes}/disable", null)).Content.ReadFromJsonAsync<JsonElement>();
        var switchedOff = disabled.GetProperty("disabled").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(Notes, switchedOff);
        Assert.Contains(Tags, switchedOff);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/notes/tags")).StatusCode);

        var features = await tenant.EnabledFeaturesAsync();
        Assert.DoesNotContain(Notes, features);
        Assert.DoesNotContain(Tags, features);
    }

    [Fact]
    public async Task A_RequireFeatures_startup_runs_only_when_all_its_features_are_enabled()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, features: [Notes]);
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/notes/site-name")).StatusCode);

        await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.Settings/enable", null);
        var siteName = await api.GetAsync($"{tenant.Path}/api/notes/site-name");
        Assert.Equal(HttpStatusCode.OK, siteName.StatusCode);
        Assert.Equal("Site " + tenant.Name, await siteName.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feature_changes_that_cannot_be_made_are_refused_with_the_reason()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var api = portal.Api();

        var unknown = await api.PostAsync($"{tenant.Path}/api/features/OrchardCore.Nope/enable", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var kernel = await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.Core/disable", null);
        Assert.Equal(HttpStatusCode.BadRequest, kernel.StatusCode);
        Assert.Contains("Always enabled", await kernel.Content.ReadAsStringAsync());

        // Tenant management belongs to Default alone.
        var tenants = await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.Tenants/enable", null);
        Assert.Equal(HttpStatusCode.BadRequest, tenants.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/tenants")).StatusCode);

        var list = await tenant.GetJsonAsync("/api/features");
        Assert.DoesNotContain(list.EnumerateArray(), f => f.GetProperty("id").GetString() == "ETamkeen.Tenants");
        Assert.Contains(list.EnumerateArray(), f => f.GetProperty("id").GetString() == Tags
            && f.GetProperty("dependencies").EnumerateArray().Any(d => d.GetString() == Notes));
    }

    [Fact]
    public async Task The_features_api_needs_the_host_key()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{tenant.Path}/api/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{tenant.Path}/api/features/{Notes}/enable", null)).StatusCode);

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{tenant.Path}/api/features")).StatusCode);
        Assert.DoesNotContain(Notes, await tenant.EnabledFeaturesAsync());
    }

    private async Task<T?> ServiceAsync<T>(string tenant) where T : class
    {
        var shell = await portal.Shells.AcquireAsync(tenant);
        try
        {
            return shell.Services.GetService<T>();
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }
}
