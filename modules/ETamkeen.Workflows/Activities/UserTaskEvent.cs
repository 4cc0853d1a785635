namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>UserTaskEvent</c>: waits until a user with one of <c>Roles</c> picks one of
/// <c>Actions</c> on "My tasks"; the action picked is the outcome.
/// </summary>
public sealed class UserTaskEvent : EventActivity
{
    public const string ActionInput = "UserAction";

    public override string Name => "UserTaskEvent";
    public override string Category => "User";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("Actions", ActivityPropertyTypes.TextList, "The choices offered; each is an outcome.", Required: true),
        new("Roles", ActivityPropertyTypes.TextList, "The roles that may choose; empty for administrators only."),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => context.List("Actions");

    public override Task<bool> CanExecuteAsync(ActivityContext context) =>
        Task.FromResult(Action(context) is { } action && context.List("Actions").Contains(action, StringComparer.Ordinal));

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Halt(roles: context.List("Roles")));

    public override Task<ActivityResult> ResumeAsync(ActivityContext context) =>
        Task.FromResult(Action(context) is { } action ? ActivityResult.Outcomes(action) : ActivityResult.Halt(roles: context.List("Roles")));

    private static string? Action(ActivityContext context) => context.Workflow.State.Input[ActionInput]?.GetValue<string>();
}
