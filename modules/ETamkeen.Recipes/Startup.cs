using ETamkeen.Recipes.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Recipes;

public sealed class Startup : Modules.StartupBase
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapRecipesApi();
        routes.MapExportApi();
    }
}
