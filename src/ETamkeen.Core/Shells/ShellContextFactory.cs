using System.Reflection;
using ETamkeen.Data;
using ETamkeen.Data.Migrations;
using ETamkeen.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Shells;

/// <summary>
/// Builds a tenant: pending migrations of its enabled features, then a container of the host
/// services plus its features' services, then its pipeline: routing, the features'
/// middleware and endpoints, and the controllers of its enabled features.
/// </summary>
public sealed class ShellContextFactory(
    IServiceProvider hostProvider,
    HostServices hostServices,
    IModuleCatalog catalog,
    FeatureMigrator migrator,
    AppDataPaths paths,
    IHostEnvironment environment,
    ILogger<ShellContextFactory> logger)
{
    // The key WebApplication uses to hand UseRouting an existing route builder.
    private const string GlobalRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    public async Task<ShellContext> CreateAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var db = TenantDatabase.For(settings, paths);
        var features = await PrepareDatabaseAsync(settings, db, cancellationToken);

        IServiceCollection services = new ServiceCollection();
        foreach (var descriptor in hostServices.Descriptors)
        {
            services.Add(descriptor);
        }

        services.AddTenantRouting();
        services.AddSingleton(settings);
        services.AddSingleton(db);
        services.AddSingleton(new EnabledFeatures(features));

        var startups = StartupsFor(features);
        foreach (var startup in startups)
        {
            startup.ConfigureServices(services);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions
        {
            ValidateScopes = environment.IsDevelopment(),
        });

        var pipeline = BuildPipeline(provider, startups, features);

        // Created now so that the tenant's container owns, and disposes, its endpoint sources.
        _ = provider.GetRequiredService<EndpointDataSource>();
        await ActivateAsync(provider, cancellationToken);
        var context = new ShellContext(settings, provider, pipeline, features);
        logger.LogInformation("Tenant {Tenant} built with {Count} features in {Elapsed:0.0} ms",
            settings.Name, features.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return context;
    }

    private static async Task ActivateAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IShellActivationHandler>())
        {
            await handler.ActivatedAsync(cancellationToken);
        }
    }

    /// <summary>The features a tenant runs: the always-enabled ones, those it chose, and their dependencies.</summary>
    public IReadOnlyList<FeatureInfo> Resolve(ShellSettings settings, IEnumerable<string> chosen) =>
        [.. catalog.WithDependencies(chosen.Concat(catalog.Features.Where(f => f.IsAlwaysEnabled).Select(f => f.Id)))
            .Where(f => !f.DefaultTenantOnly || settings.IsDefault)];

    private async Task<IReadOnlyList<FeatureInfo>> PrepareDatabaseAsync(ShellSettings settings, IDbConnectionFactory db, CancellationToken cancellationToken)
    {
        // The kernel's tables first: the list of enabled features is itself a document.
        var kernel = catalog.Find(CoreFeature.Id)!;
        await migrator.RunPendingAsync(db, [kernel], cancellationToken);

        var descriptor = await new DocumentSession(db, []).FirstOrDefaultAsync<ShellDescriptor>(cancellationToken);
        var unknown = descriptor?.Features.Where(id => catalog.Find(id) is null).ToList() ?? [];
        if (unknown.Count > 0)
        {
            logger.LogWarning("Tenant {Tenant} lists features this host doesn't have: {Features}", settings.Name, string.Join(", ", unknown));
        }

        var features = Resolve(settings, descriptor?.Features ?? []);
        await migrator.RunPendingAsync(db, features, cancellationToken);
        return features;
    }

    private List<StartupBase> StartupsFor(IReadOnlyList<FeatureInfo> features)
    {
        var enabled = features.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. features
            .SelectMany(f => f.Types.Where(t => typeof(StartupBase).IsAssignableFrom(t)).Select(t => (Feature: f, Type: t)))
            .Where(s => s.Type.GetCustomAttribute<RequireFeaturesAttribute>()?.FeatureIds.All(enabled.Contains) ?? true)
            .Select(s => (s.Feature.Priority, Startup: (StartupBase)ActivatorUtilities.CreateInstance(hostProvider, s.Type)))
            .OrderBy(s => s.Startup.Order)
            .ThenBy(s => s.Priority)
            .Select(s => s.Startup)];
    }

    private Microsoft.AspNetCore.Http.RequestDelegate BuildPipeline(IServiceProvider provider, List<StartupBase> startups, IReadOnlyList<FeatureInfo> features)
    {
        var app = new ApplicationBuilder(provider);
        var routes = new TenantEndpointRouteBuilder(app);
        app.Properties[GlobalRouteBuilderKey] = routes;
        app.UseRouting();

        foreach (var startup in startups)
        {
            startup.Configure(app, routes, provider);
        }

        if (provider.GetService<IActionDescriptorCollectionProvider>() is not null)
        {
            routes.MapControllers();
            var controllers = routes.DataSources.Last();
            routes.DataSources.Remove(controllers);
            routes.DataSources.Add(new FeatureEndpointDataSource(controllers, catalog, features.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase)));
        }

        app.UseEndpoints(_ => { });
        return app.Build();
    }
}
