using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Modules;

/// <summary>
/// One per feature. Runs when a tenant's shell is built: services go into the tenant's own
/// container, middleware and endpoints into the tenant's own pipeline.
/// </summary>
public abstract class StartupBase
{
    /// <summary>Lower runs first, after feature dependency order.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
    }
}
