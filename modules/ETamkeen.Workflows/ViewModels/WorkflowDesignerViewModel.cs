using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.ViewModels;

/// <summary>The designer page: the type being drawn (empty when new) and the activities it may use.</summary>
public sealed class WorkflowDesignerViewModel
{
    public required WorkflowType Type { get; init; }
    public bool IsNew { get; init; }
    public required string TypeJson { get; init; }
    public required string ActivitiesJson { get; init; }
    public IReadOnlyList<ActivityDescriptor> Activities { get; init; } = [];
}
