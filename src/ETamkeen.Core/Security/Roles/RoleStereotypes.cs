using ETamkeen.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Security.Roles;

/// <summary>
/// When a shell starts: the system roles (Administrator, Authenticated, Anonymous) exist, and each
/// feature enabled for the first time gives the roles that exist its default permissions (a role
/// created later gets them from <see cref="RoleStore"/>). A feature's defaults are applied once,
/// so permissions an administrator removed stay removed.
/// </summary>
public sealed class RoleStereotypes(RoleStore roles, EnabledFeatures enabled, IServiceProvider services) : IShellActivationHandler
{
    public async Task ActivatedAsync(CancellationToken cancellationToken)
    {
        var document = await roles.GetAsync(cancellationToken);
        var pending = enabled.Features.Where(f => !document.StereotypedFeatures.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        if (pending.Count == 0 && RoleNames.System.All(r => document.Find(r) is not null))
        {
            return;
        }

        var providers = services.GetServices<IPermissionProvider>().ToList();
        await roles.UpdateAsync(d =>
        {
            // Created by this change, so the store gives them every enabled feature's defaults.
            foreach (var name in RoleNames.System.Where(r => d.Find(r) is null))
            {
                d.Roles.Add(new Role { RoleName = name });
            }

            foreach (var feature in pending)
            {
                foreach (var provider in providers.Where(p => feature.Types.Contains(p.GetType())))
                {
                    foreach (var stereotype in provider.GetDefaultStereotypes())
                    {
                        if (d.Find(stereotype.RoleName) is not { } role)
                        {
                            continue;
                        }

                        foreach (var permission in stereotype.Permissions.Where(p => !role.Permissions.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
                        {
                            role.Permissions.Add(permission.Name);
                        }
                    }
                }

                d.StereotypedFeatures.Add(feature.Id);
            }
        }, cancellationToken);
    }
}
