using System.Text.Json.Nodes;
using ETamkeen.Deployment;
using ETamkeen.Roles.Recipes;
using ETamkeen.Security.Roles;

namespace ETamkeen.Roles.Deployment;

/// <summary>
/// Exports every role as Orchard's <c>Roles</c> step, each with <c>Replace</c> so that the import
/// gives exactly these permissions, whatever defaults the importing tenant's features gave.
/// After the content definitions: securable types declare permissions of their own.
/// </summary>
public sealed class RolesDeploymentSource(RoleStore roles) : IDeploymentSource
{
    public int Order => 22;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await roles.GetAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var role in document.Roles)
        {
            list.Add(new JsonObject
            {
                ["Name"] = role.RoleName,
                ["Description"] = role.RoleDescription,
                ["Permissions"] = new JsonArray([.. role.Permissions.Select(p => JsonValue.Create(p))]),
                ["PermissionBehavior"] = nameof(PermissionBehavior.Replace),
            });
        }

        context.Steps.Add(new JsonObject { ["name"] = "Roles", ["Roles"] = list });
    }
}
