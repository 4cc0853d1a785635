using ETamkeen.Modules;
using ETamkeen.Theme.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Theme;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddScoped<ThemeLayout>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapThemeAssets();
}

/// <summary>The menu is content only where content is: without Contents its index table doesn't exist.</summary>
[RequireFeatures("ETamkeen.Contents")]
public sealed class ContentMenuStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IMainMenuSource, ContentMainMenu>();
        services.AddSingleton<MainMenuCache>();
        services.AddSingleton<Contents.Handlers.IContentEventHandler>(sp => sp.GetRequiredService<MainMenuCache>());
    }
}
