using System.Net;
using System.Net.Http.Json;
using ETamkeen.Data;
using ETamkeen.Data.Migrations;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Modules;
using ETamkeen.Shells;
using FluentMigrator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class MigrationTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_feature_migrations_run_once_per_tenant_across_rebuilds_and_toggles(string provider)
    {
        var a = await portal.CreateTenantAsync(provider, features: ["ETamkeen.TestModule"]);
        var b = await portal.CreateTenantAsync(provider, features: ["ETamkeen.TestModule"]);
        using var api = portal.Api();

        await api.PostAsync($"{a.Path}/api/features/ETamkeen.TestModule/disable", null);
        await api.PostAsync($"{a.Path}/api/features/ETamkeen.TestModule/enable", null);
        await portal.Shells.ReleaseAsync(a.Name);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{a.Path}/api/notes")).StatusCode);

        Assert.Equal(1, await portal.WithDatabaseAsync(a.Name, db => DatabaseInspector.MigrationRunsAsync(db, "ETamkeen.TestModule")));
        Assert.Equal(1, await portal.WithDatabaseAsync(b.Name, db => DatabaseInspector.MigrationRunsAsync(db, "ETamkeen.TestModule")));
        Assert.Equal(3, await portal.WithDatabaseAsync(a.Name, db => DatabaseInspector.MigrationRunsAsync(db, CoreFeature.Id)));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Only_new_migration_versions_run_when_a_feature_gains_one(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider);
        var migrator = portal.Services.GetRequiredService<FeatureMigrator>();
        var v1 = Feature("Test.Versions", typeof(VersionsV1));
        var v2 = Feature("Test.Versions", typeof(VersionsV1), typeof(VersionsV2));

        var first = await portal.WithDatabaseAsync(tenant.Name, db => migrator.RunPendingAsync(db, [v1]));
        var again = await portal.WithDatabaseAsync(tenant.Name, db => migrator.RunPendingAsync(db, [v1]));
        var upgrade = await portal.WithDatabaseAsync(tenant.Name, db => migrator.RunPendingAsync(db, [v2]));

        Assert.Equal([("Test.Versions", 1L)], first);
        Assert.Empty(again);
        Assert.Equal([("Test.Versions", 2L)], upgrade);
        Assert.True(await portal.WithDatabaseAsync(tenant.Name, db => DatabaseInspector.TableExistsAsync(db, "VersionsTwo")));
    }

    private static FeatureInfo Feature(string id, params Type[] types) =>
        new() { Id = id, Name = id, ModuleId = id, Types = types };

    [Migration(1)]
    public sealed class VersionsV1 : Migration
    {
        public override void Up() => Create.Table("VersionsOne").WithColumn("Id").AsInt64().PrimaryKey().Identity();

        public override void Down() => Delete.Table("VersionsOne");
    }

    [Migration(2)]
    public sealed class VersionsV2 : Migration
    {
        public override void Up() => Create.Table("VersionsTwo").WithColumn("Id").AsInt64().PrimaryKey().Identity();

        public override void Down() => Delete.Table("VersionsTwo");
    }
}

[Collection(PortalCollection.Name)]
public sealed class ShellLifecycleTests(PortalFactory portal)
{
    [Fact]
    public async Task Idle_tenants_are_released_and_rebuilt_on_their_next_request()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/ping")).StatusCode);
        Assert.True(portal.Shells.IsBuilt(tenant.Name));

        await Task.Delay(50);
        var released = await portal.Shells.ReleaseIdleAsync(TimeSpan.FromMilliseconds(10));

        Assert.True(released >= 1);
        Assert.False(portal.Shells.IsBuilt(tenant.Name));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/ping")).StatusCode);
        Assert.True(portal.Shells.IsBuilt(tenant.Name));
    }

    [Fact]
    public async Task A_request_in_flight_finishes_on_the_shell_it_started_on()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        var shell = await portal.Shells.AcquireAsync(tenant.Name);
        await portal.Shells.ReleaseAsync(tenant.Name);

        // Released, but its services still answer until the lease is given back.
        Assert.True(shell.IsReleased);
        var session = shell.Services.CreateScope().ServiceProvider.GetRequiredService<IDocumentSession>();
        Assert.NotNull(await session.FirstOrDefaultAsync<ShellDescriptor>());
        await shell.ReleaseLeaseAsync();
        Assert.Throws<ObjectDisposedException>(() => shell.Services.GetService<IDocumentSession>());
    }

    [Fact]
    public async Task Health_answers_ready_with_tenant_counts()
    {
        using var client = portal.Anonymous();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ready\"", await response.Content.ReadAsStringAsync());
    }
}

public sealed class RestartTests
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task After_a_restart_tenants_serve_their_data_and_no_migration_runs_again(string provider)
    {
        string appData;
        TestTenant tenant;
        using (var first = new PortalFactory { KeepAppData = true })
        {
            appData = first.AppData;
            tenant = await first.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.TestModule"]);
            using var api = first.Api();
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{tenant.Path}/api/notes", new { title = "Voyage d'étude Kigali 2022" })).StatusCode);
        }

        using var second = PortalFactory.Restart(appData);
        using var client = second.Api();
        var notes = await client.GetAsync($"{tenant.Path}/api/notes");
        Assert.Equal(HttpStatusCode.OK, notes.StatusCode);
        Assert.Contains("Voyage d'étude Kigali 2022", await notes.Content.ReadAsStringAsync());
        Assert.Equal(1, await second.WithDatabaseAsync(tenant.Name, db => DatabaseInspector.MigrationRunsAsync(db, "ETamkeen.TestModule")));
        Assert.Equal(3, await second.WithDatabaseAsync(tenant.Name, db => DatabaseInspector.MigrationRunsAsync(db, CoreFeature.Id)));
    }
}

[Collection(PortalCollection.Name)]
public sealed class ShellReleaseTests(PortalFactory portal)
{
    [Fact]
    public async Task A_released_tenant_is_freed_from_memory()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.TestModule"]);
        using (var api = portal.Api())
        {
            // Build MVC, minimal API and form endpoints in this shell before letting it go.
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/notes")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/notes")).StatusCode);
        }

        var services = await WeakServicesAsync(tenant.Name);
        await portal.Shells.ReleaseAsync(tenant.Name);

        for (var i = 0; i < 10 && services.IsAlive; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        Assert.False(services.IsAlive, "The released tenant's service provider is still reachable.");
    }

    private async Task<WeakReference> WeakServicesAsync(string tenant)
    {
        var shell = await portal.Shells.AcquireAsync(tenant);
        var reference = new WeakReference(shell.Services);
        await shell.ReleaseLeaseAsync();
        return reference;
    }
}
