using ETamkeen.Modules;
using ETamkeen.Settings;
using ETamkeen.TestModule.Endpoints;
using ETamkeen.TestModule.Indexes;
using ETamkeen.TestModule.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.TestModule;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        Security.PermissionServiceCollectionExtensions.AddPermissionProvider<Permissions>(services);
        services.AddSingleton<NoteCounter>();
        services.AddIndexProvider<NoteIndexProvider>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapNotesApi();
}

[Feature("ETamkeen.TestModule.Tags")]
public sealed class TagsStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TagService>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapGet("/api/notes/tags", (TagService tags) => Results.Ok(tags.Tags));
}

/// <summary>The integration with site settings exists only where both features are on.</summary>
[RequireFeatures("ETamkeen.Settings")]
public sealed class SiteNameStartup : StartupBase
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapGet("/api/notes/site-name", async (ISiteService site) => Results.Text((await site.GetAsync()).SiteName));
}
