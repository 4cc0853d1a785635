namespace ETamkeen.Workflows.Models;

/// <summary>Where an instance is: stored by name, so the rows read the same on both databases.</summary>
public enum WorkflowStatus
{
    Executing,
    Halted,
    Finished,
    Faulted,
    Aborted,
}
