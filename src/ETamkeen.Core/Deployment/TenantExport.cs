using System.Globalization;
using System.Text.Json.Nodes;

namespace ETamkeen.Deployment;

/// <summary>
/// A tenant's backup as a recipe: every source's steps in <see cref="IDeploymentSource.Order"/>,
/// so that features come before the settings, definitions and content that need them.
/// </summary>
public static class TenantExport
{
    public static async Task<JsonObject> BuildAsync(
        IEnumerable<IDeploymentSource> sources,
        string tenant,
        DateTime exportedUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var context = new DeploymentContext();

        // OrderBy is stable: sources of equal order keep their registration order.
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            await source.ExportAsync(context, cancellationToken);
        }

        var steps = new JsonArray();
        foreach (var step in context.Steps)
        {
            RecipeLiterals.Protect(step);
            steps.Add(step);
        }

        var stamp = exportedUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["name"] = $"export-{tenant}-{stamp}",
            ["displayName"] = $"Export of {tenant}",
            ["description"] = $"Definitions, settings and content of the tenant {tenant}, exported {exportedUtc.ToString("u", CultureInfo.InvariantCulture)}. Run it on an empty tenant to restore them.",
            ["issetuprecipe"] = false,
            ["exportedUtc"] = DateTime.SpecifyKind(exportedUtc, DateTimeKind.Utc),
            ["steps"] = steps,
        };
    }
}
