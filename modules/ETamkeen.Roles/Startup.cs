using ETamkeen.Deployment;
using ETamkeen.Navigation;
using ETamkeen.Roles.Deployment;
using ETamkeen.Roles.Recipes;
using ETamkeen.Roles.Services;
using ETamkeen.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Roles;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<RoleMembers>();
        services.AddScoped<RolePageModels>();
        services.AddRecipeStep<RolesStep>();
        services.AddScoped<IDeploymentSource, RolesDeploymentSource>();
    }
}
