using ETamkeen.Deployment;
using ETamkeen.Media.Deployment;
using ETamkeen.Media.Endpoints;
using ETamkeen.Media.Recipes;
using ETamkeen.Media.Services;
using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Media;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.Section)
            .Validate(o => o.MaxFileSize > 0 && o.MaxRequestSize > 0 && o.MaxFilesPerRequest > 0 && o.MaxPathLength > 0, "ETamkeen:Media limits must be positive.");
        services.AddPermissionProvider<Permissions>();
        services.AddSingleton<MediaStore>();
        services.AddSingleton<MediaValidator>();
        services.AddRecipeStep<MediaStep>();
        services.AddSingleton<IDeploymentSource, MediaDeploymentSource>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapMediaApi();
        routes.MapMediaFiles();
    }
}
