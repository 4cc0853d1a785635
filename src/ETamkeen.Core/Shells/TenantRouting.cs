using System.Collections.ObjectModel;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ETamkeen.Shells;

/// <summary>
/// Gives a tenant its own list of endpoint sources. ASP.NET registers RouteOptions' list
/// through a factory closed over one process-wide collection: left as is, every tenant's
/// endpoints would pile up in the host's list (a leak that also reaches disposed tenants).
/// </summary>
internal static class TenantRouting
{
    private static readonly MethodInfo SetDataSources =
        typeof(RouteOptions).GetProperty("EndpointDataSources", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetSetMethod(nonPublic: true)
        ?? throw new InvalidOperationException("RouteOptions.EndpointDataSources can no longer be set; review TenantRouting.");

    public static void AddTenantRouting(this IServiceCollection services)
    {
        foreach (var hostWide in services.Where(d => d.ServiceType == typeof(IConfigureOptions<RouteOptions>) && d.ImplementationFactory is not null).ToList())
        {
            services.Remove(hostWide);
        }

        var dataSources = new ObservableCollection<EndpointDataSource>();
        services.AddSingleton<ICollection<EndpointDataSource>>(dataSources);
        services.AddSingleton<IConfigureOptions<RouteOptions>>(new ConfigureOptions<RouteOptions>(o => SetDataSources.Invoke(o, [dataSources])));
        services.AddSingleton<EndpointDataSource>(sp => new CompositeEndpointDataSource(dataSources));
    }
}
