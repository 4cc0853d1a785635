using System.Globalization;

namespace ETamkeen.Workflows.Activities;

/// <summary>Waits for a duration (<c>Duration</c>: <c>hh:mm:ss</c> or <c>d.hh:mm:ss</c>), then goes on; the background task resumes it.</summary>
public sealed class DelayTask : IActivity
{
    public string Name => "DelayTask";
    public string Category => "Timers";
    public bool IsEvent => false;

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("Duration", ActivityPropertyTypes.Duration, "How long to wait, as hh:mm:ss or d.hh:mm:ss.", Required: true)];

    public IEnumerable<string> Outcomes(ActivityContext context) => ["Done"];

    public Task<bool> CanExecuteAsync(ActivityContext context) => Task.FromResult(true);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.Text("Duration");
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) || duration < TimeSpan.Zero)
        {
            throw new FormatException($"Duration '{text}' is not a duration (hh:mm:ss or d.hh:mm:ss).");
        }

        return Task.FromResult(ActivityResult.Halt(context.Workflow.UtcNow + duration));
    }

    public Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcomes("Done"));
}
