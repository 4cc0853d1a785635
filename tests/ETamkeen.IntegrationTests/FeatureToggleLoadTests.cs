using System.Collections.Concurrent;
using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class FeatureToggleLoadTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Toggling_a_feature_20_times_under_200_requests_gives_no_server_error(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, features: ["ETamkeen.TestModule"]);
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var requests = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"{tenant.Path}/api/notes" : $"{tenant.Path}/api/ping").ToList();

        var load = Task.Run(async () =>
        {
            using var client = portal.Api();
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, ct) =>
            {
                var response = await client.GetAsync(path, ct);
                statuses.Add(response.StatusCode);
            });
        });

        var toggles = Task.Run(async () =>
        {
            using var api = portal.Api();
            for (var i = 0; i < 20; i++)
            {
                var action = i % 2 == 0 ? "disable" : "enable";
                var response = await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.TestModule/{action}", null);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        });

        await Task.WhenAll(load, toggles);

        Assert.Equal(200, statuses.Count);
        Assert.DoesNotContain(statuses, s => (int)s >= 500);

        // Only the notes route comes and goes; ping is always there.
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.NotFound, $"unexpected {s}"));
        Assert.Contains("ETamkeen.TestModule", await tenant.EnabledFeaturesAsync());
    }
}

[Collection(PortalCollection.Name)]
public sealed class ConcurrentFeatureChangeTests(PortalFactory portal)
{
    [Fact]
    public async Task Concurrent_feature_changes_on_one_tenant_all_succeed_and_all_take_effect()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var api = portal.Api();
        string[] features = ["ETamkeen.TestModule", "ETamkeen.Settings", "ETamkeen.Theme"];

        var responses = await Task.WhenAll(features.Select(f => api.PostAsync($"{tenant.Path}/api/features/{f}/enable", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var enabled = await tenant.EnabledFeaturesAsync();
        Assert.All(features, f => Assert.Contains(f, enabled));
    }
}
