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
}
