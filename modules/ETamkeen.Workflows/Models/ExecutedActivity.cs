namespace ETamkeen.Workflows.Models;

/// <summary>A line of an instance's history: what ran, when, and which outcomes it gave.</summary>
public sealed class ExecutedActivity
{
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime ExecutedUtc { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public bool Halted { get; set; }
}
