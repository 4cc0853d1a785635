namespace ETamkeen.Trainings.Services;

/// <summary>
/// Days as the programme lives them: sessions, windows and reminders are dates and times in
/// Morocco, whatever the server's zone.
/// </summary>
public sealed class ProgrammeCalendar(TimeProvider clock)
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A local day and time in Morocco as UTC (calendars and timers work in UTC).</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        }
        catch (TimeZoneNotFoundException)
        {
            // A host without time-zone data: Morocco's standard offset.
            return TimeZoneInfo.CreateCustomTimeZone("Africa/Casablanca", TimeSpan.FromHours(1), "Morocco", "Morocco");
        }
    }
}
