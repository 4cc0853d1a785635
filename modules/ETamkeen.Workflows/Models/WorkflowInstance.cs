namespace ETamkeen.Workflows.Models;

/// <summary>A row of <c>WorkflowInstance</c>: one run of a type's version.</summary>
public sealed class WorkflowInstance
{
    public string WorkflowId { get; set; } = "";
    public string WorkflowTypeId { get; set; } = "";
    public int TypeVersion { get; set; }
    public WorkflowStatus Status { get; set; }
    public string CorrelationId { get; set; } = "";
    public WorkflowState State { get; set; } = new();
    public string? FaultMessage { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }

    /// <summary>Raised by every write; a write that finds another value lost a race and is refused.</summary>
    public int RowVersion { get; set; }
}
