using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Deployment;

namespace ETamkeen.Contents.Templates;

/// <summary>Exports the tenant's templates as Orchard's <c>Templates</c> step, after definitions and before content.</summary>
public sealed class TemplatesDeploymentSource(TemplatesManager templates) : IDeploymentSource
{
    public int Order => 25;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await templates.GetAsync(cancellationToken);
        if (document.Templates.Count == 0)
        {
            return;
        }

        var all = new JsonObject();
        foreach (var (name, template) in document.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            all[name] = new JsonObject { ["Content"] = template.Content, ["Description"] = template.Description };
        }

        context.Steps.Add(new JsonObject { ["name"] = "Templates", ["Templates"] = all });
    }
}
