using ETamkeen.Data;
using ETamkeen.Recipes;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen;

/// <summary>What every tenant has: its documents, its own keys, cookies and sign-in schemes.</summary>
public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IDocumentSession, DocumentSession>();
        services.AddIndexProvider<UserIndexProvider>();
        services.AddIndexProvider<UserRoleIndexProvider>();
        services.AddIndexProvider<UserApiTokenIndexProvider>();
        services.AddSingleton<Security.Roles.RolesCache>();
        services.AddScoped<Security.Roles.RoleStore>();
        services.AddScoped<PermissionCatalog>();
        services.AddPermissionProvider<CorePermissions>();
        services.AddScoped<IShellActivationHandler, Security.Roles.RoleStereotypes>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IShellFeatures, ShellFeatures>();
        // One shell-wide copy of each singleton document (settings, SMTP, templates...), per tenant.
        services.AddSingleton(typeof(DocumentCache<>));
        services.AddScoped(typeof(CachedDocuments<>));
        services.AddScoped<ISiteService, SiteService>();
        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<RecipesStep>();
        services.AddRecipeStep<ThemesStep>();
        Deployment.DeploymentServiceCollectionExtensions.AddTenantExport(services);
        services.AddScoped<ITenantSetupHandler, AdminAccountSetupHandler>();

        // Keys in the tenant's folder: a cookie or token of one tenant means nothing to another.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<ShellSettings, AppDataPaths, ILoggerFactory>((o, shell, paths, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.Site(shell.Name), "DataProtection-Keys")), logs));
        services.AddOptions<DataProtectionOptions>().Configure<ShellSettings>((o, shell) => o.ApplicationDiscriminator = "etamkeen/" + shell.Name);

        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<ShellSettings>((o, shell) => o.Cookie.Name = "etk_af_" + shell.Name);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie()
            .AddScheme<AuthenticationSchemeOptions, HostKeyAuthenticationHandler>(SystemPrincipal.AuthenticationScheme, null)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(SystemPrincipal.TokenScheme, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<ShellSettings>((o, shell) =>
        {
            o.Cookie.Name = "etk_auth_" + shell.Name;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.SlidingExpiration = true;

            // An API client gets a status, not a sign-in page.
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized);
            // A signed-in user without the permission gets 403 where they are, not a sign-in form.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(o => o.AddPolicy(SystemPrincipal.ApiPolicy, p => p
            .AddAuthenticationSchemes(SystemPrincipal.AuthenticationScheme, SystemPrincipal.TokenScheme, CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()));
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        app.UseStatusCodePages(Hosting.StatusPages.WriteAsync);
        app.UseAuthentication();
        app.UseAuthorization();

        // Liveness of this tenant's own pipeline (/health is the host's); what load tests measure.
        routes.MapGet("/api/ping", () => Microsoft.AspNetCore.Http.Results.Text("pong"));
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
