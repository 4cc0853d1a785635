using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>JoinTask</c>: <c>Mode</c> <c>WaitAll</c> goes on once every incoming branch has
/// arrived, <c>WaitAny</c> at the first one (later ones end there). Arrivals are kept in the
/// instance, so branches that waited on events in between still join.
/// </summary>
public sealed class JoinTask : TaskActivity
{
    public override string Name => "JoinTask";
    public override string Category => "Control Flow";

    public override IReadOnlyList<ActivityProperty> Properties { get; } = [new("Mode", ActivityPropertyTypes.Text, "WaitAll or WaitAny")];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Joined"];

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var waitAny = context.Text("Mode") is "WaitAny" or "1";
        var state = context.State;
        if (waitAny)
        {
            if (state["Joined"] is not null)
            {
                return Task.FromResult(ActivityResult.Noop);
            }

            state["Joined"] = true;
            return Task.FromResult(ActivityResult.Outcomes("Joined"));
        }

        var arrived = state["Arrived"] as JsonArray ?? [];
        state["Arrived"] = arrived;
        if (context.IncomingFrom is { } from && !arrived.Any(a => a?.GetValue<string>() == from))
        {
            arrived.Add(from);
        }

        var expected = context.Workflow.Type.Transitions.Where(t => t.DestinationActivityId == context.Record.ActivityId).Select(t => t.SourceActivityId).ToHashSet(StringComparer.Ordinal);
        if (!expected.All(e => arrived.Any(a => a?.GetValue<string>() == e)))
        {
            return Task.FromResult(ActivityResult.Noop);
        }

        context.ClearState();
        return Task.FromResult(ActivityResult.Outcomes("Joined"));
    }
}
