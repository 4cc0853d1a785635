using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// The portal with its mail on a local SMTP server and a clock of its own that the evaluation
/// tests move by weeks: its own collection, so no other test's dates move with it.
/// </summary>
public sealed class TrainingEvaluationPortalFactory() : MailingPortalFactory(manualClock: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ETamkeen:Trainings:ColdEvaluationWeeks", "8");
        builder.UseSetting("ETamkeen:Trainings:EvaluationReminderDays", "3");
        // PDFsharp 6.5 works only with a license loaded; the tests use its AGPL one. Production
        // sets its own choice (see the README): the module never picks one by default.
        builder.UseSetting("ETamkeen:Trainings:PdfSharpLicense", "AGPL");
    }

    /// <summary>The programme's today (Morocco) on this portal's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), MoroccoZone()).DateTime);


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
