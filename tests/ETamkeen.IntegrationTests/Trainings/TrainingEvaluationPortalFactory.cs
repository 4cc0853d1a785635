using System.Globalization;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.IntegrationTests.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// The portal with its mail on a local SMTP server and a clock of its own that the evaluation
/// tests move by weeks: its own collection, so no other test's dates move with it.
/// </summary>
public sealed class TrainingEvaluationPortalFactory : PortalFactory
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
        builder.UseSetting("ETamkeen:Trainings:ColdEvaluationWeeks", "8");
        builder.UseSetting("ETamkeen:Trainings:EvaluationReminderDays", "3");
        // PDFsharp 6.5 works only with a license loaded; the tests use its AGPL one. Production
        // sets its own choice (see the README): the module never picks one by default.
        builder.UseSetting("ETamkeen:Trainings:PdfSharpLicense", "AGPL");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The programme's today (Morocco) on this portal's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), MoroccoZone()).DateTime);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }

    private static TimeZoneInfo MoroccoZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Africa/Casablanca", TimeSpan.FromHours(1), "Morocco", "Morocco");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TrainingEvaluationCollection : ICollectionFixture<TrainingEvaluationPortalFactory>
{
    public const string Name = "Training evaluations";
}
