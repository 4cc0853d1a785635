using ETamkeen.BackgroundTasks;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Workflows.BackgroundTasks;

/// <summary>Deletes finished instances older than <see cref="WorkflowOptions.RetainFinishedFor"/>, so the instance table doesn't grow without end.</summary>
public sealed class WorkflowPruningBackgroundTask(
    WorkflowInstanceStore instances,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowPruningBackgroundTask> logger) : IBackgroundTask
{
    public string Name => "Workflow pruning";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var pruned = await instances.PruneAsync(clock.GetUtcNow().UtcDateTime - options.Value.RetainFinishedFor, cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Deleted {Count} finished workflow instances", pruned);
        }
    }
}
