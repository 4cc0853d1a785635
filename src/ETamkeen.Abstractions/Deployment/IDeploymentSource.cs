using System.Text.Json.Nodes;

namespace ETamkeen.Deployment;

/// <summary>
/// A feature's share of a tenant export: it appends recipe steps (in Orchard's shapes) that,
/// run on an empty tenant, give back what it holds. The export is the backup format.
/// </summary>
public interface IDeploymentSource
{
    /// <summary>Lower runs first: features before settings before definitions before content.</summary>
    int Order { get; }

    Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken);
}

public sealed class DeploymentContext
{
    public List<JsonObject> Steps { get; } = [];
}
