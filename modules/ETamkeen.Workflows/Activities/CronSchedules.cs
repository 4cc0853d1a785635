using System.Text.Json.Nodes;
using ETamkeen.Workflows.Models;
using NCrontab;

namespace ETamkeen.Workflows.Activities;

/// <summary>Cron expressions of timers: five fields, or six with seconds first; times in UTC.</summary>
public static class CronSchedules
{
    /// <summary>A timer's <c>CronExpression</c>: a string, or Orchard's <c>{"Expression": "..."}</c>.</summary>
    public static string? ExpressionOf(ActivityRecord timer) => timer.Properties["CronExpression"] switch
    {
        JsonObject obj => obj["Expression"]?.GetValue<string>(),
        JsonValue value => value.GetValue<string>(),
        _ => null,
    };

    /// <exception cref="FormatException">with the expression, when it isn't cron.</exception>
    public static DateTime Next(string? expression, DateTime afterUtc)
    {
        var text = expression?.Trim() ?? "";
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var schedule = CrontabSchedule.TryParse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 })
            ?? throw new FormatException($"'{text}' is not a cron expression (five fields: minute hour day month weekday).");
        return DateTime.SpecifyKind(schedule.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Unspecified)), DateTimeKind.Utc);
    }
}
