using ETamkeen.BackgroundTasks;
using ETamkeen.Contents.Handlers;
using ETamkeen.Data;
using ETamkeen.Search.Endpoints;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Recipes;
using ETamkeen.Search.Services;
using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Search;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<LuceneIndexStore>();
        services.AddScoped<IndexingTaskStore>();
        services.AddScoped<IDocumentCommitParticipant, IndexingTaskParticipant>();
        services.AddScoped<LuceneIndexer>();
        services.AddScoped<LuceneIndexSettingsManager>();
        services.AddScoped<SearchService>();
        services.AddScoped<IBackgroundTask, IndexingBackgroundTask>();
        services.AddScoped<IContentEventHandler, SearchContentHandler>();
        services.AddRecipeStep<LuceneIndexStep>();
        services.AddRecipeStep<LuceneIndexMaintenanceStep>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapSearchApi();
}
