using System.Globalization;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace ETamkeen.IntegrationTests.Email;

/// <summary>
/// The portal with the host's SMTP relay (<c>ETamkeen:Smtp</c>) pointed at a real local server,
/// <see cref="Smtp"/>: what any test of mail the portal sends (reset, confirmation,
/// notifications) runs on, in <see cref="EmailCollection"/>.
/// </summary>
public sealed class EmailPortalFactory : PortalFactory
{
    public const string PlatformSender = "e-TAMKEEN <no-reply@mtnra.tests.etamkeen.ma>";

    public SmtpTestServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ETamkeen:Smtp:Host", Smtp.Host);
        builder.UseSetting("ETamkeen:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("ETamkeen:Smtp:DefaultSender", PlatformSender);
        builder.UseSetting("ETamkeen:Smtp:TimeoutSeconds", "10");
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
public sealed class EmailCollection : ICollectionFixture<EmailPortalFactory>
{
    public const string Name = "Email";
}
