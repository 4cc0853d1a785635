namespace ETamkeen.Workflows.Activities;

/// <summary>
/// The code behind an activity name (<c>IfElseTask</c>, <c>ContentPublishedEvent</c>...). One
/// instance serves every workflow, so activities keep no state of their own: what they must
/// remember goes to <see cref="ActivityContext.State"/>. Register with <c>services.AddActivity&lt;T&gt;()</c>.
/// </summary>
public interface IActivity
{
    string Name { get; }

    /// <summary>For the designer's palette: Content, Control Flow, Primitives, Messaging, User, Timers.</summary>
    string Category { get; }

    /// <summary>Events start workflows or wait for something; tasks do something and go on.</summary>
    bool IsEvent { get; }

    IReadOnlyList<ActivityProperty> Properties { get; }

    /// <summary>The outcomes this activity may give with these properties (a designer draws one arrow each).</summary>
    IEnumerable<string> Outcomes(ActivityContext context);

    /// <summary>Whether an event concerns this activity (a content type filter, a signal name).</summary>
    Task<bool> CanExecuteAsync(ActivityContext context) => Task.FromResult(true);

    /// <summary>Run when the flow reaches the activity; an event halts here and waits.</summary>
    Task<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Run when the awaited event happens (or when the workflow starts on it).</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context);
}
