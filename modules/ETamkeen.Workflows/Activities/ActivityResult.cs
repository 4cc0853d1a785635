namespace ETamkeen.Workflows.Activities;

/// <summary>What an activity gave: outcomes to follow, or a halt (with a due time for timers and delays, roles and users for user tasks).</summary>
public sealed class ActivityResult
{
    private ActivityResult(bool halted, IReadOnlyList<string> outcomes, DateTime? dueUtc, IReadOnlyList<string> roles, IReadOnlyList<string>? users = null)
    {
        Users = users ?? [];
        Halted = halted;
        OutcomeNames = outcomes;
        DueUtc = dueUtc;
        Roles = roles;
    }

    public bool Halted { get; }
    public IReadOnlyList<string> OutcomeNames { get; }
    public DateTime? DueUtc { get; }
    public IReadOnlyList<string> Roles { get; }
    public IReadOnlyList<string> Users { get; }

    /// <summary>No outcome and no halt: this branch ends here (a Join still waiting for others).</summary>
    public static ActivityResult Noop { get; } = new(false, [], null, []);

    public static ActivityResult Outcomes(params string[] outcomes) => new(false, outcomes, null, []);

    public static ActivityResult Halt(DateTime? dueUtc = null, IReadOnlyList<string>? roles = null, IReadOnlyList<string>? users = null) => new(true, [], dueUtc, roles ?? [], users);
}
