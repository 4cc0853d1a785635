using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Models;

/// <summary>One activity of a workflow type, in Orchard's shape: the activity's name picks its code, <see cref="Properties"/> configure it.</summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public int X { get; set; }
    public int Y { get; set; }
    public bool IsStart { get; set; }
    public JsonObject Properties { get; set; } = [];
}
