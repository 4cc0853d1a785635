namespace ETamkeen.Workflows.Services;

/// <summary><c>ETamkeen:Workflows</c> in configuration.</summary>
public sealed class WorkflowOptions
{
    /// <summary>
    /// How deep workflows may trigger one another (a workflow creating content that starts a
    /// workflow...). Past it, the event is logged and dropped, so a workflow that triggers itself stops.
    /// </summary>
    public int MaxTriggerDepth { get; set; } = 8;

    /// <summary>Finished and aborted instances are deleted this long after they ended.</summary>
    public TimeSpan RetainFinishedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A run still Executing this long after it was claimed is taken as dead (its process stopped
    /// mid-run): the instance is faulted at the activity it was running, so an administrator can
    /// restart it. Longer than any run takes; activities wait by halting, not by running.
    /// </summary>
    public TimeSpan ExecutingTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
