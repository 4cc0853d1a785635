namespace ETamkeen.Workflows.Activities;

/// <summary>An event: starts a workflow, or waits in it until the event happens, then goes on with <c>Done</c>.</summary>
public abstract class EventActivity : IActivity
{
    public abstract string Name { get; }
    public abstract string Category { get; }
    public bool IsEvent => true;
    public virtual IReadOnlyList<ActivityProperty> Properties => [];

    public virtual IEnumerable<string> Outcomes(ActivityContext context) => ["Done"];

    public virtual Task<bool> CanExecuteAsync(ActivityContext context) => Task.FromResult(true);

    public virtual Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Halt());

    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcomes("Done"));
}
