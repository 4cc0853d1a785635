using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.ViewModels;

public sealed class WorkflowTypeListViewModel
{
    public IReadOnlyList<WorkflowType> Types { get; init; } = [];
}
