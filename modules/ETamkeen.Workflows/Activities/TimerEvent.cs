namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>TimerEvent</c>: as a start, starts the type at each cron occurrence; in a
/// flow, waits until the next one. The background task fires them on the tenant's clock.
/// </summary>
public sealed class TimerEvent : EventActivity
{
    public override string Name => "TimerEvent";
    public override string Category => "Timers";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("CronExpression", ActivityPropertyTypes.Cron, "When it fires, in UTC: \"0 8 * * 1\" is Mondays at 08:00.", Required: true)];

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Halt(CronSchedules.Next(context.Text("CronExpression"), context.Workflow.UtcNow)));
}
