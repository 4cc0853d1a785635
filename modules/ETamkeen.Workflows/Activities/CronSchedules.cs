using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Settings;
using ETamkeen.Workflows.Models;
using NCrontab;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Cron expressions of timers: five fields, or six with seconds first; in UTC, or on the site's
/// wall clock when the timer says <c>UseSiteTimeZone</c> (Orchard's property).
/// </summary>
public static class CronSchedules
{
    /// <summary>A timer's <c>CronExpression</c>: a string, or Orchard's <c>{"Expression": "..."}</c>.</summary>
    public static string? ExpressionOf(ActivityRecord timer) => timer.Properties["CronExpression"] switch
    {
        JsonObject obj => obj["Expression"]?.GetValue<string>(),
        JsonValue value => value.GetValue<string>(),
        _ => null,
    };

    /// <summary>The zone a timer counts in: the site's with <c>UseSiteTimeZone</c> (<paramref name="site"/> is asked then only), else UTC (null).</summary>
    public static async Task<TimeZoneInfo?> ZoneOfAsync(ActivityRecord timer, Func<ISiteService> site, CancellationToken cancellationToken = default)
    {
        var useSite = timer.Properties["UseSiteTimeZone"] switch
        {
            JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
            JsonValue value when value.GetValueKind() is JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out var parsed) && parsed,
            _ => false,
        };
        if (!useSite)
        {
            return null;
        }

        var id = (await site().GetAsync(cancellationToken)).TimeZoneId;
        // A zone this server doesn't know (a hand-edited setting) counts in UTC rather than stopping the timer.
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    /// <summary>
    /// The first occurrence after <paramref name="afterUtc"/>, in UTC. In a zone, the expression
    /// reads the wall clock: a time skipped when clocks go forward fires when they resume, and a
    /// time that happens twice when they go back fires once, the first time.
    /// </summary>
    /// <exception cref="FormatException">with the expression, when it isn't cron.</exception>
    public static DateTime Next(string? expression, DateTime afterUtc, TimeZoneInfo? zone = null)
    {
        var text = expression?.Trim() ?? "";
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var schedule = CrontabSchedule.TryParse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 })
            ?? throw new FormatException($"'{text}' is not a cron expression (five fields: minute hour day month weekday).");
        afterUtc = DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc);
        if (zone is null || zone == TimeZoneInfo.Utc)
        {
            return DateTime.SpecifyKind(schedule.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Unspecified)), DateTimeKind.Utc);
        }

        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(afterUtc, zone), DateTimeKind.Unspecified);
        // In the second pass of a repeated hour, the wall-clock occurrences already fired: look further.
        for (var i = 0; i < 10_000; i++)
        {
            local = schedule.GetNextOccurrence(local);
            var utc = ToUtc(local, zone);
            if (utc > afterUtc)
            {
                return utc;
            }
        }

        throw new FormatException($"'{text}' has no occurrence after {afterUtc:O} in {zone.Id}.");
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var earliest = local - zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(earliest, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
