using ETamkeen.Deployment;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents.Deployment;

public static class ContentDeploymentServiceCollectionExtensions
{
    /// <summary>The Contents feature's share of a tenant export: its stored definitions, then its items.</summary>
    public static IServiceCollection AddContentDeployment(this IServiceCollection services)
    {
        services.AddScoped<IDeploymentSource, ContentDefinitionDeploymentSource>();
        services.AddScoped<IDeploymentSource, ContentDeploymentSource>();
        return services;
    }
}
