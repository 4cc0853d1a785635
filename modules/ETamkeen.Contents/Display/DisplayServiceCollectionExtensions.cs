using ETamkeen.Deployment;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents.Display;

public static class DisplayServiceCollectionExtensions
{
    /// <summary>Shapes, views and placement rules of content display: the resolver and caches live as long as the shell.</summary>
    public static IServiceCollection AddContentDisplay(this IServiceCollection services)
    {
        services.AddSingleton<ShapeViewResolver>();
        services.AddScoped<PlacementsManager>();
        services.AddScoped<ContentShapeRenderer>();
        services.AddRecipeStep<PlacementsStep>();
        services.AddScoped<IDeploymentSource, PlacementsDeploymentSource>();
        return services;
    }
}
