using System.Security.Cryptography;
using ETamkeen.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Hosting;

/// <summary>
/// First run with no tenants: sets up Default from the etamkeen recipe on SQLite. The admin
/// password comes from <c>ETAMKEEN_ADMIN_PASSWORD</c>, or is generated and printed this once.
/// </summary>
public sealed class DefaultTenantInitializer(
    ShellHost host,
    TenantSetupService setup,
    IConfiguration configuration,
    ILogger<DefaultTenantInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(configuration[Security.HostKeyAuthenticationHandler.ApiKeySetting]))
        {
            logger.LogWarning("No host key ({Setting}): the tenant and feature APIs answer 401 until one is set.", Security.HostKeyAuthenticationHandler.ApiKeySetting);
        }

        if (host.GetSettings(ShellSettings.DefaultName) is not null)
        {
            return;
        }

        var password = configuration["ETamkeen:Admin:Password"] ?? Environment.GetEnvironmentVariable("ETAMKEEN_ADMIN_PASSWORD");
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = "Etk-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '_').Replace('+', '-') + "7";
        }

        var userName = configuration["ETamkeen:Admin:UserName"] ?? "admin";
        await setup.SetupAsync(new TenantSetupRequest
        {
            Name = ShellSettings.DefaultName,
            Recipe = configuration["ETamkeen:DefaultRecipe"] ?? "etamkeen",
            SiteName = "e-TAMKEEN",
            AdminUserName = userName,
            AdminEmail = configuration["ETamkeen:Admin:Email"] ?? "admin@etamkeen.local",
            AdminPassword = password,
        }, cancellationToken);

        if (generated)
        {
            // Printed once, on purpose on the console and not in the log files.
            Console.WriteLine($"e-TAMKEEN: Default tenant created. Administrator '{userName}', password: {password}");
        }

        logger.LogInformation("Default tenant set up");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
