namespace ETamkeen.Workflows.Activities;

/// <summary>A task: does its work when reached and gives its outcomes; it never waits.</summary>
public abstract class TaskActivity : IActivity
{
    public abstract string Name { get; }
    public abstract string Category { get; }
    public bool IsEvent => false;
    public virtual IReadOnlyList<ActivityProperty> Properties => [];

    public virtual IEnumerable<string> Outcomes(ActivityContext context) => ["Done"];

    public virtual Task<bool> CanExecuteAsync(ActivityContext context) => Task.FromResult(true);

    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>A restarted task runs again from the start.</summary>
    public Task<ActivityResult> ResumeAsync(ActivityContext context) => ExecuteAsync(context);
}
