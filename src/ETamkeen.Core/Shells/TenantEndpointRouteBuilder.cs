using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Shells;

/// <summary>A tenant's own endpoint table, fed by its features' startups.</summary>
internal sealed class TenantEndpointRouteBuilder(IApplicationBuilder app) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => app.ApplicationServices;
    public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();
    public IApplicationBuilder CreateApplicationBuilder() => app.New();
}
