using System.Text.Json.Nodes;
using ETamkeen.Shells;

namespace ETamkeen.Deployment;

/// <summary>
/// A <c>feature</c> step enabling what the tenant runs, so that the steps after it find their
/// handlers. Always-enabled features come with every shell, and Default-only ones would make
/// the import fail on any other tenant, so neither is listed.
/// </summary>
public sealed class FeatureDeploymentSource(EnabledFeatures features) : IDeploymentSource
{
    public int Order => 0;

    public Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enable = features.Features
            .Where(f => !f.IsAlwaysEnabled && !f.DefaultTenantOnly)
            .OrderBy(f => f.Priority)
            .Select(f => JsonValue.Create(f.Id))
            .ToArray<JsonNode?>();
        if (enable.Length > 0)
        {
            context.Steps.Add(new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray(enable) });
        }

        return Task.CompletedTask;
    }
}
