using System.Globalization;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace ETamkeen.BrowserTests.Harness;

/// <summary>
/// A host of its own for journeys that span weeks: its mail goes to a local SMTP server, its
/// clock moves when the test says (a session is held, evaluations fall due), and its background
/// tasks run every second. Kept apart from the shared portal, whose dates must not move.
/// </summary>
public sealed class JourneyFixture : BrowserFixture
{
    public JourneyFixture()
        : this(new SmtpTestServer(), new ManualClock())
    {
    }

    private JourneyFixture(SmtpTestServer smtp, ManualClock clock)
        : base(new PortalServer(builder =>
        {
            builder.UseSetting("ETamkeen:Smtp:Host", smtp.Host);
            builder.UseSetting("ETamkeen:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("ETamkeen:Smtp:DefaultSender", "e-TAMKEEN <no-reply@mtnra.tests.etamkeen.ma>");
            builder.UseSetting("ETamkeen:BackgroundTasks:Interval", "00:00:01");
            builder.UseSetting("ETamkeen:Users:RevalidateAfter", "00:00:00");
            builder.UseSetting("ETamkeen:Trainings:PdfSharpLicense", "AGPL");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            });
        }))
    {
        Smtp = smtp;
        Clock = clock;
    }

    public SmtpTestServer Smtp { get; }

    public ManualClock Clock { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<JourneyFixture>
{
    public const string Name = "Journey";
}
