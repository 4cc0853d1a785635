using System.Text.Json.Nodes;
using ETamkeen.Deployment;
using ETamkeen.Media.Services;

namespace ETamkeen.Media.Deployment;

/// <summary>
/// Exports the library as one Orchard <c>media</c> step with every file inline in Base64, so
/// the export alone (no side files) restores the tenant's media byte for byte.
/// </summary>
public sealed class MediaDeploymentSource(MediaStore store) : IDeploymentSource
{
    public int Order => 50;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        var files = new JsonArray();
        foreach (var file in store.AllFiles())
        {
            var bytes = await File.ReadAllBytesAsync(store.PhysicalPath(file.Path), cancellationToken);
            files.Add(new JsonObject { ["TargetPath"] = file.Path, ["Base64"] = Convert.ToBase64String(bytes) });
        }

        if (files.Count > 0)
        {
            context.Steps.Add(new JsonObject { ["name"] = "media", ["Files"] = files });
        }
    }
}
