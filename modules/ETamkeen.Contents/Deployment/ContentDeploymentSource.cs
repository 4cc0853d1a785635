using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Deployment;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents.Deployment;

/// <summary>
/// A <c>content</c> step with, for every item, its latest version and, when that is a draft
/// over a published one, the published version as well: imported oldest first, the public
/// page comes back and the draft lands over it.
/// </summary>
public sealed class ContentDeploymentSource(IServiceScopeFactory scopes, ExportFilter filter) : IDeploymentSource
{
    private const int PageSize = 500;

    public int Order => 30;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One named parameter per type: Dapper hands a list to Npgsql as an array, which IN doesn't take.
        var types = filter.ContentTypes is { Count: > 0 } chosen ? chosen.ToList() : [];
        var parameters = new Dictionary<string, object?> { ["yes"] = true };
        var where = "(i.\"Latest\" = @yes OR i.\"Published\" = @yes) AND i.\"DocumentId\" > @after";
        if (types.Count > 0)
        {
            where += $" AND i.\"ContentType\" IN ({string.Join(", ", types.Select((_, n) => "@type" + n))})";
            for (var n = 0; n < types.Count; n++)
            {
                parameters["type" + n] = types[n];
            }
        }

        var versions = new List<ExportedVersion>();
        long after = 0;
        while (true)
        {
            // A session remembers every document it reads; a session per page lets each page go
            // once it is JSON, so a large tenant is held once, not twice.
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            parameters["after"] = after;
            var page = await session.QueryAsync<ContentItem, ContentItemIndex>(where, parameters, take: PageSize, cancellationToken: cancellationToken);
            foreach (var item in page)
            {
                var json = JsonSerializer.SerializeToNode(item, ContentJson.Options)!.AsObject();
                versions.Add(new ExportedVersion(item.ContentItemId, item.Id, json));
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Id;
        }

        if (versions.Count > 0)
        {
            context.Steps.Add(new JsonObject
            {
                ["name"] = "content",
                ["data"] = new JsonArray([.. ContentExportOrder.Sort(versions).Select(v => (JsonNode)v.Json)]),
            });
        }
    }
}
