using ETamkeen.Security;
using ETamkeen.Users.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ETamkeen.Users;

public sealed class Startup(IConfiguration configuration) : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        var options = configuration.GetSection(UserOptions.Section).Get<UserOptions>() ?? new UserOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddPermissionProvider<Permissions>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();

        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = options.PasswordMinLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = options.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
            })
            .AddUserStore<UserDocumentStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = options.EmailLinkLifetime);

        services.AddScoped<ApiTokenService>();
        services.AddScoped<IApiTokenValidator>(sp => sp.GetRequiredService<ApiTokenService>());
        services.AddScoped<AccountEmails>();
        services.AddScoped<UserAdminService>();

        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure(o => o.Events.OnValidatePrincipal = UserPrincipalValidator.ValidateAsync);
    }
}
