using System.Globalization;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>The portal with its mail relay on a local SMTP server and its clock in the tests' hands.</summary>
public sealed class WorkflowPortalFactory : PortalFactory
{
    public SmtpTestServer Smtp { get; } = new();

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ETamkeen:Smtp:Host", Smtp.Host);
        builder.UseSetting("ETamkeen:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("ETamkeen:Smtp:DefaultSender", "e-TAMKEEN <no-reply@mtnra.tests.etamkeen.ma>");
        builder.UseSetting("ETamkeen:Smtp:TimeoutSeconds", "10");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WorkflowPortalFactory>
{
    public const string Name = "Workflows";
}
