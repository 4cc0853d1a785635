using System.Globalization;
using ETamkeen.BackgroundTasks;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Workflows.BackgroundTasks;

/// <summary>
/// Faults the instances whose run was claimed more than <see cref="WorkflowOptions.ExecutingTimeout"/>
/// ago and never saved (the node died mid-run), at the activity that run was doing, so that
/// Restart works; and drops start locks left by such runs. Each fault is claimed by row version,
/// so of several nodes one writes it.
/// </summary>
public sealed class WorkflowTimeoutBackgroundTask(
    WorkflowInstanceStore instances,
    WorkflowTypeStore types,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowTimeoutBackgroundTask> logger) : IBackgroundTask
{
    public string Name => "Workflow run timeouts";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var timeout = options.Value.ExecutingTimeout;
        foreach (var run in await instances.StuckAsync(now - timeout, cancellationToken: cancellationToken))
        {
            var instance = run.Instance;
            var type = await types.GetVersionAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
            var name = run.ActivityId is { } id ? type?.Activity(id)?.Name ?? id : "?";
            instance.Status = WorkflowStatus.Faulted;
            instance.ModifiedUtc = now;
            instance.FaultMessage = string.Create(CultureInfo.InvariantCulture,
                $"{name} ({run.ActivityId ?? "?"}): the run did not finish within {timeout:c} (its process stopped, or it hung); restart it.");
            instance.State.FaultedActivityId = run.ActivityId;
            instance.State.ExecutedActivities.Add(new ExecutedActivity { ActivityId = run.ActivityId ?? "", Name = name, ExecutedUtc = now, Outcomes = ["Faulted"] });
            if (await instances.FaultStuckAsync(run, cancellationToken))
            {
                logger.LogWarning("Workflow {WorkflowId} of type {WorkflowTypeId} faulted: {Reason}", instance.WorkflowId, instance.WorkflowTypeId, instance.FaultMessage);
            }
        }

        await instances.ReleaseOrphanStartLocksAsync(cancellationToken);
    }
}
