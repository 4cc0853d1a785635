using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Deployment;

namespace ETamkeen.Contents.Deployment;

/// <summary>
/// A <c>ContentDefinition</c> step with the tenant's stored definitions only: built-in types
/// come from code on every tenant, and exporting them would freeze today's version of them
/// into the target's data. PascalCase, as Orchard writes the step.
/// </summary>
public sealed class ContentDefinitionDeploymentSource(IContentDefinitionManager definitions) : IDeploymentSource
{
    public int Order => 20;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = await definitions.LoadAsync();
        if (stored.ContentTypeDefinitionRecords.Count == 0 && stored.ContentPartDefinitionRecords.Count == 0)
        {
            return;
        }

        context.Steps.Add(new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(stored.ContentTypeDefinitionRecords, ContentJson.Options),
            ["ContentParts"] = JsonSerializer.SerializeToNode(stored.ContentPartDefinitionRecords, ContentJson.Options),
        });
    }
}
