using ETamkeen.Localization.Services;
using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Localization;

public sealed class Startup : Modules.StartupBase
{
    // Before the other features' middleware, so their messages are in the request's culture too.
    public override int Order => -1000;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        app.UseMiddleware<RequestCultureMiddleware>();
}
