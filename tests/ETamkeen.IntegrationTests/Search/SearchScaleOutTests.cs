using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Search;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own App_Data and so its own Lucene
/// copy: what one publishes, the other finds within seconds by replaying the IndexingTask log.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SearchScaleOutTests(PortalFactory portal)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_item_published_on_one_host_is_found_on_the_other_within_five_seconds()
    {
        if (string.IsNullOrEmpty(Databases.PostgresConnectionString))
        {
            return;
        }

        var tenant = await SearchSite.CreateAsync(portal, Databases.Postgres);
        var before = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Rapport annuel de la transformation", "<p>Bilan.</p>"));
        using var second = await portal.SecondNodeAsync(tenant);
        // Its first request builds the tenant, and its own index from the database.
        Assert.Equal([before], await EventuallyAsync(second, tenant, "rapport", ids => ids.Count == 1));

        var kigali = await SearchSite.CreateItemAsync(portal, tenant, SearchSite.Entry("Voyage d'étude à Kigali", "<p>Gouvernement numérique.</p>"));
        Assert.Equal([kigali], await EventuallyAsync(second, tenant, "kigali", ids => ids.Count == 1));

        using var api = portal.Api();
        Assert.True((await api.PostAsync($"{tenant.Path}/api/content/{kigali}/unpublish", null)).IsSuccessStatusCode);
        Assert.Empty(await EventuallyAsync(second, tenant, "kigali", ids => ids.Count == 0));

        // And the other way round.
        var tallinn = await SearchSite.CreateItemAsync(second, tenant, SearchSite.Entry("Voyage d'étude à Tallinn", "<p>e-Estonia.</p>"));
        Assert.Equal([tallinn], await EventuallyAsync(portal, tenant, "tallinn", ids => ids.Count == 1));
        Assert.True(Directory.Exists(Path.Combine(second.AppData, "Sites", tenant.Name, "Lucene", SearchSite.Index)));

        // Index settings changed on one node: the other rebuilds its copy with them.
        await SearchSite.RunRecipeAsync(portal, tenant, """
            { "steps": [ { "name": "lucene-index", "Indices": [ { "Library": { "AnalyzerName": "french", "Culture": "ar" } } ] } ] }
            """);
        Assert.Empty(await EventuallyAsync(second, tenant, "tallinn", ids => ids.Count == 0));
    }

    private static async Task<List<string>> EventuallyAsync(PortalFactory host, TestTenant tenant, string q, Func<List<string>, bool> done)
    {
        var deadline = DateTime.UtcNow + Within;
        while (true)
        {
            var ids = await SearchSite.IdsAsync(host, tenant, q);
            if (done(ids) || DateTime.UtcNow > deadline)
            {
                return ids;
            }

            await Task.Delay(200);
        }
    }
}
