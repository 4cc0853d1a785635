using System.Text.Json.Nodes;
using ETamkeen.Deployment;

namespace ETamkeen.Contents.Display;

/// <summary>Exports the tenant's placement rules as Orchard's <c>Placements</c> step, beside the templates.</summary>
public sealed class PlacementsDeploymentSource(PlacementsManager placements) : IDeploymentSource
{
    public int Order => 26;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await placements.GetAsync(cancellationToken);
        if (document.Placements.Count > 0)
        {
            context.Steps.Add(new JsonObject { ["name"] = "Placements", ["Placements"] = PlacementParser.ToJson(document.Placements) });
        }
    }
}
