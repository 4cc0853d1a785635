using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Deployment;

public static class DeploymentServiceCollectionExtensions
{
    /// <summary>The kernel's share of a tenant export (features, site settings) and the request's filter.</summary>
    public static IServiceCollection AddTenantExport(this IServiceCollection services)
    {
        services.AddScoped<ExportFilter>();
        services.AddScoped<IDeploymentSource, FeatureDeploymentSource>();
        services.AddScoped<IDeploymentSource, SettingsDeploymentSource>();
        return services;
    }
}
