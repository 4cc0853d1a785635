namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>UserTaskEvent</c>: waits until a user with one of <c>Roles</c>, or one named in
/// <c>Users</c>, picks one of <c>Actions</c> on "My tasks" (or through a signed e-mail link);
/// the action picked is the outcome.
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
        new("Users", ActivityPropertyTypes.TextList, "User names that may choose besides the roles; each line is Liquid and may give several names separated by commas."),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => context.List("Actions");

    public override Task<bool> CanExecuteAsync(ActivityContext context) =>
        Task.FromResult(Action(context) is { } action && context.List("Actions").Contains(action, StringComparer.Ordinal));

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ActivityResult.Halt(roles: context.List("Roles"), users: await UsersAsync(context));

    public override async Task<ActivityResult> ResumeAsync(ActivityContext context) =>
        Action(context) is { } action ? ActivityResult.Outcomes(action) : ActivityResult.Halt(roles: context.List("Roles"), users: await UsersAsync(context));

    /// <summary>The user names the <c>Users</c> lines give (a line such as <c>{{ Workflow.Input.FocalPoints }}</c> may give several).</summary>
    private static async Task<IReadOnlyList<string>> UsersAsync(ActivityContext context)
    {
        var users = new List<string>();
        foreach (var line in context.List("Users"))
        {
            var rendered = await context.Workflow.Liquid.RenderAsync(line, context.Workflow);
            users.AddRange(rendered.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return [.. users.Where(u => !u.Contains('|', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string? Action(ActivityContext context) => context.Workflow.State.Input[ActionInput]?.GetValue<string>();
}
