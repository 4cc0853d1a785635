namespace ETamkeen.Workflows.ViewModels;

/// <summary>"My tasks": the user tasks waiting for one of the user's roles.</summary>
public sealed class UserTasksViewModel
{
    public IReadOnlyList<UserTaskItem> Tasks { get; init; } = [];
}

public sealed record UserTaskItem(long Id, string WorkflowTypeName, string WorkflowId, string ActivityId, string CorrelationId, DateTime CreatedUtc, IReadOnlyList<string> Actions);
