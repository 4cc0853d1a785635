using ETamkeen.AuditTrail.Handlers;
using ETamkeen.AuditTrail.Services;
using ETamkeen.Contents.Handlers;
using ETamkeen.Modules;
using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.AuditTrail;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<AuditRequest>();
        services.AddScoped<AuditTrailStore>();
        services.AddSingleton<AuditTrailRetention>();
        services.AddScoped<IAuditTrail, AuditTrailRecorder>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
    }

    /// <summary>
    /// Content events reach the recorder without their request; the kernel has no
    /// <c>IHttpContextAccessor</c>, so the request is put in its scope here, before any endpoint runs.
    /// </summary>
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<AuditRequest>().Context = context;
            return next(context);
        });
}

/// <summary>Content changes are recorded only where the contents feature is on.</summary>
[RequireFeatures("ETamkeen.Contents")]
public sealed class ContentsStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IContentEventHandler, ContentAuditHandler>();
}
