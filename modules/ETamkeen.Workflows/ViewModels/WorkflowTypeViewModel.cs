using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.ViewModels;

/// <summary>A type's page: its latest definition, and its newest instances with what each waits for.</summary>
public sealed class WorkflowTypeViewModel
{
    public required WorkflowType Type { get; init; }
    public IReadOnlyList<WorkflowInstance> Instances { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<BlockingActivity>> Blocking { get; init; } = new Dictionary<string, IReadOnlyList<BlockingActivity>>();
    public IReadOnlySet<string> UnknownActivities { get; init; } = new HashSet<string>();
}
