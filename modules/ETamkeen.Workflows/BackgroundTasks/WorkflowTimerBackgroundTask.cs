using ETamkeen.BackgroundTasks;
using ETamkeen.Settings;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.BackgroundTasks;

/// <summary>
/// On each tick of the kernel's scheduler: starts the types whose start <c>TimerEvent</c> is due,
/// then resumes the timers and delays that are due, all on the tenant's <see cref="TimeProvider"/>.
/// </summary>
public sealed class WorkflowTimerBackgroundTask(
    WorkflowTypeStore types,
    WorkflowInstanceStore instances,
    WorkflowStartTimerStore startTimers,
    IWorkflowManager workflows,
    ISiteService site,
    TimeProvider clock) : IBackgroundTask
{
    public string Name => "Workflow timers";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var type in await types.EnabledAsync(cancellationToken))
        {
            foreach (var start in type.StartActivities(nameof(TimerEvent)).ToList())
            {
                var expression = CronSchedules.ExpressionOf(start);
                var zone = await CronSchedules.ZoneOfAsync(start, () => site, cancellationToken);
                DateTime due;
                try
                {
                    // A new timer counts from when its type was saved, so the first occurrence after that fires.
                    due = await startTimers.GetAsync(type.WorkflowTypeId, start.ActivityId, cancellationToken)
                        ?? await startTimers.CreateAsync(type.WorkflowTypeId, start.ActivityId, CronSchedules.Next(expression, type.ModifiedUtc, zone), cancellationToken);
                }
                catch (FormatException)
                {
                    continue; // Shown on the type's page; nothing to fire.
                }

                if (due > now)
                {
                    continue;
                }

                // Moving the due time on is the claim: another node that read the same time gets 0 rows.
                if (await startTimers.AdvanceAsync(type.WorkflowTypeId, start.ActivityId, due, CronSchedules.Next(expression, now, zone), cancellationToken))
                {
                    await workflows.StartAsync(type, start, cancellationToken: cancellationToken);
                }
            }
        }

        foreach (var blocking in await instances.DueAsync(now, cancellationToken: cancellationToken))
        {
            await workflows.ResumeAsync(blocking, cancellationToken: cancellationToken);
        }
    }
}
