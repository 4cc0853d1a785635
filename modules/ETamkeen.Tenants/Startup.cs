using ETamkeen.Tenants.Endpoints;
using Microsoft.AspNetCore.Builder;
using ETamkeen.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Tenants;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddPermissionProvider<Permissions>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapTenantsApi();
}
