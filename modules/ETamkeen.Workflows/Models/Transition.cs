namespace ETamkeen.Workflows.Models;

/// <summary>An arrow of the diagram: when <see cref="SourceActivityId"/> ends with <see cref="SourceOutcomeName"/>, run the destination.</summary>
public sealed class Transition
{
    public string SourceActivityId { get; set; } = "";
    public string SourceOutcomeName { get; set; } = "";
    public string DestinationActivityId { get; set; } = "";
}
