using ETamkeen.Data.Migrations;
using ETamkeen.Localization;
using ETamkeen.Modules;
using ETamkeen.Recipes;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Hosting;

public static class HostingExtensions
{
    public const string AppDataSetting = "ETamkeen:AppData";
    public const string RecipesSetting = "ETamkeen:Recipes";

    /// <summary>The multi-tenant host: modules found beside it, tenants from App_Data, MVC shared by all tenants.</summary>
    public static WebApplicationBuilder AddETamkeen(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var modules = ModuleDiscovery.FromDirectory(AppContext.BaseDirectory);
        var catalog = new ModuleCatalog(modules);

        // Strings go through IStringLocalizer/IViewLocalizer, over the modules' and tenants' PO files.
        services.AddPoLocalization();

        // Registered on the host: its HttpContext factory is what fills the accessor tenants' services read.
        services.AddHttpContextAccessor();
        // Arabic pages are mostly Arabic: written as characters, not as one entity per letter
        // (three times the bytes, and unreadable in a page's source). HTML's own characters stay encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        var mvc = services.AddControllersWithViews().AddViewLocalization().AddDataAnnotationsLocalization();
        foreach (var module in modules)
        {
            mvc.AddApplicationPart(module);
        }

        var appData = configuration[AppDataSetting]
            ?? Environment.GetEnvironmentVariable("ETAMKEEN_APP_DATA")
            ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        services.AddSingleton(new AppDataPaths(appData));
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton<IRecipeCatalog>(new RecipeCatalog(configuration[RecipesSetting] ?? Path.Combine(AppContext.BaseDirectory, "recipes")));
        services.AddSingleton<ShellSettingsStore>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton<FeatureMigrator>();
        services.AddSingleton<Security.FormsRateLimiter>();
        services.AddSingleton<ShellContextFactory>();
        services.AddSingleton<IRecipeExecutor, RecipeExecutor>();
        services.AddSingleton<TenantSetupService>();
        services.AddSingleton(sp => new HostServices(services, () => sp));
        services.Configure<ShellOptions>(configuration.GetSection("ETamkeen:Shells"));
        services.AddHostedService<DefaultTenantInitializer>();
        services.AddHostedService<IdleShellReleaseService>();
        services.Configure<BackgroundTasks.BackgroundTaskOptions>(configuration.GetSection("ETamkeen:BackgroundTasks"));
        services.AddHostedService<BackgroundTasks.BackgroundTaskScheduler>();
        return builder;
    }

    /// <summary>Health first, then every request goes to its tenant.</summary>
    public static WebApplication UseETamkeen(this WebApplication app)
    {
        app.Services.GetRequiredService<ShellHost>().Load();
        app.UseExceptionHandler(error => error.Run(ProblemResponses.UnhandledAsync));
        app.UseWhen(c => c.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase), health => health.Run(HealthEndpoint.WriteAsync));
        app.UseMiddleware<TenantMiddleware>();
        return app;
    }
}
