namespace ETamkeen.Workflows.Models;

/// <summary>
/// A row of <c>WorkflowBlockingActivity</c>: an instance waiting at an event. Events find the
/// instances to resume by <see cref="ActivityName"/> and <see cref="CorrelationId"/> without
/// reading any instance; timers and delays by <see cref="DueUtc"/>; user tasks by <see cref="Roles"/>.
/// </summary>
public sealed class BlockingActivity
{
    public long Id { get; set; }
    public string WorkflowId { get; set; } = "";
    public string WorkflowTypeId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityName { get; set; } = "";
    public string CorrelationId { get; set; } = "";
    public DateTime? DueUtc { get; set; }

    /// <summary>For user tasks: <c>|Role|Role|</c>, so that a LIKE finds a role's tasks.</summary>
    public string Roles { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
