using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// Runs an instance's activities from where it starts or resumes, following the outcomes'
/// transitions breadth-first, until every branch has ended or halted. It touches no database:
/// the caller loads and saves the instance, so the same code runs in tests without one. An
/// exception in an activity faults the instance with the activity and the reason.
/// </summary>
public sealed class WorkflowExecutor(ActivityLibrary activities)
{
    /// <summary>A loop back through a ForEach is fine; a workflow that never ends is stopped.</summary>
    public const int MaxSteps = 10_000;

    public async Task RunAsync(WorkflowExecutionContext context, ActivityRecord first, bool resuming)
    {
        var queue = new Queue<(ActivityRecord Activity, bool Resuming, string? From)>();
        queue.Enqueue((first, resuming, null));
        var steps = 0;
        while (queue.Count > 0)
        {
            var (record, resume, from) = queue.Dequeue();
            if (++steps > MaxSteps)
            {
                Fault(context, record, $"the workflow ran more than {MaxSteps} activities without halting.");
                return;
            }

            var activity = activities.Find(record.Name);
            if (activity is null)
            {
                Fault(context, record, $"no activity named '{record.Name}' is available.");
                return;
            }

            ActivityResult result;
            try
            {
                context.ScriptOutcomes.Clear();
                var activityContext = new ActivityContext(context, record, from);
                result = resume ? await activity.ResumeAsync(activityContext) : await activity.ExecuteAsync(activityContext);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fault(context, record, e.Message);
                return;
            }

            context.State.ExecutedActivities.Add(new ExecutedActivity
            {
                ActivityId = record.ActivityId,
                Name = record.Name,
                ExecutedUtc = context.UtcNow,
                Outcomes = [.. result.OutcomeNames],
                Halted = result.Halted,
            });

            if (result.Halted)
            {
                context.Blocking.Add(new BlockingActivity
                {
                    WorkflowId = context.Instance.WorkflowId,
                    WorkflowTypeId = context.Type.WorkflowTypeId,
                    ActivityId = record.ActivityId,
                    ActivityName = record.Name,
                    CorrelationId = context.Instance.CorrelationId,
                    DueUtc = result.DueUtc,
                    Roles = BlockingActivity.Joined(result.Roles),
                    Users = BlockingActivity.Joined(result.Users),
                    CreatedUtc = context.UtcNow,
                });
                continue;
            }

            foreach (var outcome in result.OutcomeNames)
            {
                foreach (var transition in context.Type.Transitions.Where(t => t.SourceActivityId == record.ActivityId && string.Equals(t.SourceOutcomeName, outcome, StringComparison.Ordinal)))
                {
                    if (context.Type.Activity(transition.DestinationActivityId) is { } next)
                    {
                        queue.Enqueue((next, false, record.ActivityId));
                    }
                }
            }
        }

        context.Instance.Status = context.Blocking.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;
        context.Instance.FaultMessage = null;
        context.State.FaultedActivityId = null;
    }

    private static void Fault(WorkflowExecutionContext context, ActivityRecord record, string reason)
    {
        context.Instance.Status = WorkflowStatus.Faulted;
        context.Instance.FaultMessage = $"{record.Name} ({record.ActivityId}): {reason}";
        context.State.FaultedActivityId = record.ActivityId;
        context.State.ExecutedActivities.Add(new ExecutedActivity { ActivityId = record.ActivityId, Name = record.Name, ExecutedUtc = context.UtcNow, Outcomes = ["Faulted"] });
    }
}
