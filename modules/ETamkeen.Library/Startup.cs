using ETamkeen.Contents.Handlers;
using ETamkeen.Library.Handlers;
using ETamkeen.Library.Indexes;
using ETamkeen.Library.Migrations;
using ETamkeen.Library.Security;
using ETamkeen.Library.Services;
using ETamkeen.Security;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Library;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IShellActivationHandler, LibraryContentDefinitionMigrations>();
        services.AddIndexProvider<LibraryEntryIndexProvider>();
        services.AddScoped<IAuthorizationHandler, LibraryPublishGuard>();
        services.AddScoped<LibraryReviewStore>();
        services.AddScoped<LibraryReviewService>();
        services.AddScoped<LibraryTerms>();
        services.AddScoped<LibraryCatalog>();
        services.AddScoped<IContentEventHandler, LibraryReviewContentHandler>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
    }
}
