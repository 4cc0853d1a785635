using ETamkeen.Deployment;
using ETamkeen.Email.Deployment;
using ETamkeen.Email.Models;
using ETamkeen.Email.Recipes;
using ETamkeen.Email.Services;
using ETamkeen.Navigation;
using ETamkeen.Recipes;
using ETamkeen.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Email;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SmtpSettings>()
            .BindConfiguration(SmtpSettings.Section)
            .Validate(o => o.Port is > 0 and <= 65535 && o.TimeoutSeconds > 0, "ETamkeen:Smtp:Port is 1 to 65535 and ETamkeen:Smtp:TimeoutSeconds positive.");
        services.AddScoped<SmtpSettingsStore>();
        services.AddScoped<IEmailSender, SmtpEmailSender>();
        services.AddScoped<ISettingsSection, SmtpSettingsSection>();
        services.AddScoped<IDeploymentSource, SmtpSettingsDeploymentSource>();
        services.AddPermissionProvider<Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
