using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class OutputCacheTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Visitors_get_cached_pages_and_a_publish_shows_at_once(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents"]);
        using var api = portal.Api();
        var defined = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent("""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ] } ] }
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, defined.StatusCode);
        var created = (await (await api.PostAsJsonAsync($"{tenant.Path}/api/content",
            new { ContentType = "Page", TitlePart = new { Title = "Programme e-Tamkeen" }, AutoroutePart = new { Path = "programme" } })).Content.ReadFromJsonAsync<JsonObject>())!;

        using var visitor = portal.Anonymous();
        var first = await visitor.GetAsync($"{tenant.Path}/fr/programme");
        var second = await visitor.GetAsync($"{tenant.Path}/fr/programme");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue, "The second visit is served from the output cache.");

        var update = new JsonObject
        {
            ["ContentType"] = "Page",
            ["ContentItemId"] = created["ContentItemId"]!.GetValue<string>(),
            ["ContentItemVersionId"] = created["ContentItemVersionId"]!.GetValue<string>(),
            ["TitlePart"] = new JsonObject { ["Title"] = "Programme e-Tamkeen 2023" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "programme" },
        };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", update)).StatusCode);
        var afterPublish = await visitor.GetAsync($"{tenant.Path}/fr/programme");
        Assert.Contains("Programme e-Tamkeen 2023", await afterPublish.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{created["ContentItemId"]}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{tenant.Path}/fr/programme")).StatusCode);

        // A request with the key is never answered from (or stored in) the cache.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{created["ContentItemId"]}/publish", null)).StatusCode);
        var withKey = await api.GetAsync($"{tenant.Path}/fr/programme");
        Assert.False(withKey.Headers.Age.HasValue);
    }
}
