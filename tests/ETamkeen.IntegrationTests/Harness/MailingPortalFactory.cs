using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>
/// The portal with the host's SMTP relay (<c>ETamkeen:Smtp</c>) on a real local server,
/// <see cref="Smtp"/>, and, for tests of what happens later (timers, evaluations due weeks
/// after a session), a clock of the tests' own.
/// </summary>
public abstract class MailingPortalFactory(bool manualClock) : PortalFactory
{
    public const string PlatformSender = "e-TAMKEEN <no-reply@mtnra.tests.etamkeen.ma>";

    public SmtpTestServer Smtp { get; } = new();

    /// <summary>The host's clock when the factory was made with one; otherwise unused.</summary>
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ETamkeen:Smtp:Host", Smtp.Host);
        builder.UseSetting("ETamkeen:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("ETamkeen:Smtp:DefaultSender", PlatformSender);
        builder.UseSetting("ETamkeen:Smtp:TimeoutSeconds", "10");
        if (manualClock)
        {
            UseClock(builder);
        }
    }

    /// <summary>A second node lives on this host's clock: with its own, pruning on one would see the other's new instances as old.</summary>
    protected override void ConfigureSecondNode(IWebHostBuilder builder)
    {
        if (manualClock)
        {
            UseClock(builder);
        }
    }

    private void UseClock(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}
