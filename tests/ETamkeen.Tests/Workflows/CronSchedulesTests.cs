using ETamkeen.Workflows.Activities;
using Xunit;

namespace ETamkeen.Tests.Workflows;

/// <summary>Cron on a wall clock: Casablanca's offsets, and the days summer time starts and ends.</summary>
public sealed class CronSchedulesTests
{
    private static readonly TimeZoneInfo Casablanca = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Nine_oclock_in_Casablanca_is_eight_UTC_and_nine_UTC_during_Ramadan()
    {
        Assert.Equal(Utc(2026, 11, 23, 8), CronSchedules.Next("0 9 * * *", Utc(2026, 11, 22, 10, 17), Casablanca));
        // Morocco goes back to UTC+0 for Ramadan (February-March 2026).
        Assert.Equal(Utc(2026, 3, 1, 9), CronSchedules.Next("0 9 * * *", Utc(2026, 2, 28, 12), Casablanca));
        Assert.Equal(Utc(2026, 11, 23, 9), CronSchedules.Next("0 9 * * *", Utc(2026, 11, 22, 10, 17)));
    }

    [Fact]
    public void A_time_skipped_when_clocks_go_forward_fires_when_they_resume()
    {
        // Paris, 29 March 2026: 02:00 becomes 03:00 (01:00 UTC).
        Assert.Equal(Utc(2026, 3, 29, 1), CronSchedules.Next("30 2 * * *", Utc(2026, 3, 28, 12), Paris));
        Assert.Equal(Utc(2026, 3, 30, 0, 30), CronSchedules.Next("30 2 * * *", Utc(2026, 3, 29, 1), Paris));
    }

    [Fact]
    public void A_time_that_happens_twice_when_clocks_go_back_fires_once()
    {
        // Paris, 25 October 2026: 03:00 becomes 02:00 again; 02:30 happens at 00:30 and at 01:30 UTC.
        var first = CronSchedules.Next("30 2 * * *", Utc(2026, 10, 24, 12), Paris);
        Assert.Equal(Utc(2026, 10, 25, 0, 30), first);
        Assert.Equal(Utc(2026, 10, 26, 1, 30), CronSchedules.Next("30 2 * * *", first, Paris));
        // An hourly timer goes on every hour of the wall clock, never twice for one.
        Assert.Equal(Utc(2026, 10, 25, 2), CronSchedules.Next("0 * * * *", Utc(2026, 10, 25, 1, 10), Paris));
    }

    [Fact]
    public void Not_cron_is_a_format_error_naming_the_expression() =>
        Assert.Contains("every day", Assert.Throws<FormatException>(() => CronSchedules.Next("every day", Utc(2026, 1, 1, 0), Paris)).Message);
}
