using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Models;

/// <summary>What an instance carries between its activities, stored as JSON in its row.</summary>
public sealed class WorkflowState
{
    public JsonObject Input { get; set; } = [];
    public JsonObject Output { get; set; } = [];
    public JsonObject Properties { get; set; } = [];
    public JsonNode? LastResult { get; set; }

    /// <summary>Per activity id: what a Join or a ForEach remembers between its runs.</summary>
    public JsonObject ActivityStates { get; set; } = [];
    public List<ExecutedActivity> ExecutedActivities { get; set; } = [];

    /// <summary>Messages of <c>NotifyTask</c>, shown on the instance's page.</summary>
    public List<string> Notifications { get; set; } = [];

    /// <summary>The activity to run again when a faulted instance is restarted.</summary>
    public string? FaultedActivityId { get; set; }
}
