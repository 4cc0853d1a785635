namespace ETamkeen.Workflows.ViewModels;

/// <summary>The page of a user task's e-mail link: the action to confirm, or why the link can't be used.</summary>
public sealed class UserTaskLinkViewModel
{
    public string? Problem { get; init; }
    public string Token { get; init; } = "";
    public string Action { get; init; } = "";
    public string WorkflowTypeName { get; init; } = "";
    public string CorrelationId { get; init; } = "";
}
