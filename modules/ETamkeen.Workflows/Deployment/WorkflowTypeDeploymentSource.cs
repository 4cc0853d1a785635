using System.Text.Json.Nodes;
using ETamkeen.Deployment;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.Deployment;

/// <summary>The tenant's workflow types (their latest versions) as Orchard's <c>WorkflowType</c> step; instances are run data, not exported.</summary>
public sealed class WorkflowTypeDeploymentSource(WorkflowTypeStore store) : IDeploymentSource
{
    /// <summary>After content, as content events may start them.</summary>
    public int Order => 70;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = await store.ListAsync(cancellationToken: cancellationToken);
        if (types.Count > 0)
        {
            context.Steps.Add(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray([.. types.Select(t => (JsonNode)WorkflowTypeSerializer.Write(t))]) });
        }
    }
}
