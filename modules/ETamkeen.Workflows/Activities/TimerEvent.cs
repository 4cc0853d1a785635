using ETamkeen.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>TimerEvent</c>: as a start, starts the type at each cron occurrence; in a
/// flow, waits until the next one. The background task fires them on the tenant's clock, in UTC
/// or, with <c>UseSiteTimeZone</c>, on the site's wall clock (its time zone setting).
/// </summary>
public sealed class TimerEvent : EventActivity
{
    public override string Name => "TimerEvent";
    public override string Category => "Timers";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("CronExpression", ActivityPropertyTypes.Cron, "When it fires: \"0 8 * * 1\" is Mondays at 08:00 (UTC, or the site's time with UseSiteTimeZone).", Required: true),
        new("UseSiteTimeZone", ActivityPropertyTypes.Boolean, "Read the expression in the site's time zone (its settings) rather than UTC, summer time included."),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var zone = await CronSchedules.ZoneOfAsync(context.Record, context.Workflow.Services.GetRequiredService<ISiteService>, context.Workflow.CancellationToken);
        return ActivityResult.Halt(CronSchedules.Next(context.Text("CronExpression"), context.Workflow.UtcNow, zone));
    }
}
