namespace ETamkeen.Workflows.Models;

/// <summary>
/// A workflow definition in Orchard's <c>WorkflowType</c> JSON shape. <see cref="Version"/> is
/// ours: each change is stored as a new version, and instances keep the one they started with.
/// </summary>
public sealed class WorkflowType
{
    public string WorkflowTypeId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsEnabled { get; set; } = true;
    public bool IsSingleton { get; set; }
    public bool DeleteFinishedWorkflows { get; set; }
    public List<ActivityRecord> Activities { get; set; } = [];
    public List<Transition> Transitions { get; set; } = [];

    public int Version { get; set; }
    public DateTime ModifiedUtc { get; set; }

    public ActivityRecord? Activity(string activityId) => Activities.Find(a => a.ActivityId == activityId);

    public IEnumerable<ActivityRecord> StartActivities(string name) =>
        Activities.Where(a => a.IsStart && string.Equals(a.Name, name, StringComparison.Ordinal));
}
